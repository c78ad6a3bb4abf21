#include "saved.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "instruction.h"
#include "json_text.h"
#include "link.h"
#include "outcome.h"

namespace limber {

namespace {

using Json = nlohmann::json;

const char* format_of(SavedKind kind) { return kind == SavedKind::Favourites ? "limber.favourites" : "limber.history"; }
const char* time_key(SavedKind kind) { return kind == SavedKind::Favourites ? "addedAt" : "finishedAt"; }

}  // namespace

const char* history_outcome_problem(const Json& e, SavedEntry& out) {
    if (auto counts = e.find("counts"); counts != e.end()) {
        if (!counts->is_boolean()) return "counts";
        out.counts = counts->get<bool>();
    }
    if (auto list = e.find("exercises"); list != e.end()) {
        // One per routine item; a writer without the catalog checks the same, so the count
        // is held to the link's bounds rather than to the routine's length.
        if (!list->is_array() || list->empty() || list->size() > kMaxLinkItems) return "exercises";
        std::vector<bool> done;
        for (const Json& x : *list) {
            if (x == outcome_name(true)) done.push_back(true);
            else if (x == outcome_name(false)) done.push_back(false);
            else return "exercises";
        }
        out.exercises = std::move(done);
    }
    return nullptr;
}

namespace {

// Why entry n cannot be read, in the catalog's words, or "".
std::string entry_problem(SavedKind kind, const Json& e, const Catalog& catalog, const std::string& n, SavedEntry& out) {
    const auto no_valid = [&](const char* field) { return readout_words(catalog, "entryNoValid", {{"n", n}, {"field", field}}); };
    if (!e.is_object()) return readout_words(catalog, "entryNotObject", {{"n", n}});
    auto link = e.find("link");
    if (link == e.end() || !link->is_string()) return readout_words(catalog, "entryNoLink", {{"n", n}});
    const LinkDecode decoded = decode_link(catalog, link->get_ref<const std::string&>());
    if (!decoded.ok()) return readout_words(catalog, "entryLink", {{"n", n}, {"error", decoded.error}});
    out.link = link->get<std::string>();
    auto at = e.find(time_key(kind));
    if (at == e.end() || !at->is_number() || !plausible_time_ms(at->get<double>())) return no_valid(time_key(kind));
    out.at_ms = at->get<double>();
    if (kind == SavedKind::History) {
        auto d = e.find("durationMs");
        if (d == e.end() || !d->is_number() || !plausible_duration_ms(d->get<double>())) return no_valid("durationMs");
        out.duration_ms = d->get<double>();
        const char* field = history_outcome_problem(e, out);
        return field ? no_valid(field) : std::string();
    }
    return {};
}

// The stored members the reader looks at; any other member is not written back.
struct Members {
    const JsonSpan* format = nullptr;
    const JsonSpan* version = nullptr;
    const JsonSpan* entries = nullptr;
};

// A member's value, or null when it is nested too deeply to be one the reader wants.
Json value_of(const JsonSpan* span) {
    if (!span || span->depth > kMaxJsonDepth) return nullptr;
    Json j = Json::parse(span->text.begin(), span->text.end(), nullptr, false);
    return j.is_discarded() ? Json() : j;
}

// A kept entry as it goes into the list: its own text when that is one JSON value,
// else the text as a JSON string.
std::string kept_text(const std::string& raw) {
    const std::string_view trimmed = json_trim(raw);
    // A second byte order mark would pass accept() and break the list it is spliced into.
    const bool opens_value =
        !trimmed.empty() && std::string_view("{[\"-0123456789tfn").find(trimmed[0]) != std::string_view::npos;
    if (opens_value && Json::accept(trimmed.begin(), trimmed.end())) return std::string(trimmed);
    return Json(raw).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

bool plausible_time_ms(double ms) { return std::isfinite(ms) && ms >= 1.5e12 && ms <= 7.3e12; }
bool plausible_duration_ms(double ms) { return std::isfinite(ms) && ms >= 0 && ms <= kMaxHistoryDurationMs; }

SavedRead read_saved(SavedKind kind, std::string_view text, const Catalog& catalog) {
    SavedRead result;
    const std::string what = readout_words(catalog, kind == SavedKind::Favourites ? "savedFavourites" : "savedHistory");
    // The list is read member by member and entry by entry from the text itself, so a
    // skipped entry keeps its exact bytes and one absurdly nested entry costs only itself.
    const std::string_view doc = json_trim(text);
    if (doc.empty() || doc[0] != '{' || !Json::accept(text.begin(), text.end())) {
        result.error = readout_words(catalog, "savedNotJson", {{"what", what}});
        return result;
    }
    std::vector<JsonMember> members = json_members(doc);
    Members found;
    for (const JsonMember& m : members) {
        const Json key = Json::parse(m.key.begin(), m.key.end(), nullptr, false);
        if (!key.is_string()) continue;
        const std::string& name = key.get_ref<const std::string&>();
        // A repeated key counts once, the last time, as nlohmann reads it.
        if (name == "format") found.format = &m.value;
        else if (name == "version") found.version = &m.value;
        else if (name == "entries") found.entries = &m.value;
    }
    const Json format = value_of(found.format);
    if (!format.is_string() || format.get_ref<const std::string&>() != format_of(kind)) {
        result.error = readout_words(catalog, "savedFormat", {{"what", what}, {"format", format_of(kind)}});
        return result;
    }
    const Json version = value_of(found.version);
    if (!version.is_number_integer() || version.get<long long>() < 1) {
        result.error = readout_words(catalog, "savedNoVersion", {{"what", what}});
        return result;
    }
    if (version.get<long long>() > kSavedVersion) {
        result.from_newer = true;
        result.error =
            readout_words(catalog, "savedNewer", {{"what", what}, {"version", std::to_string(version.get<long long>())}});
        return result;
    }
    if (!found.entries || found.entries->text[0] != '[') {
        result.error = readout_words(catalog, "savedNoEntries", {{"what", what}});
        return result;
    }
    const std::vector<JsonSpan> entries = json_elements(found.entries->text);
    for (size_t i = 0; i < entries.size(); ++i) {
        const JsonSpan& span = entries[i];
        SavedEntry entry;
        std::string why;
        const std::string n = std::to_string(i + 1);
        if (span.depth > kMaxJsonDepth) {
            why = readout_words(catalog, "entryNested", {{"n", n}, {"depth", std::to_string(kMaxJsonDepth)}});
        } else {
            const Json e = Json::parse(span.text.begin(), span.text.end(), nullptr, false);
            why = entry_problem(kind, e, catalog, n, entry);
        }
        if (!why.empty()) result.skipped.push_back({i, why, std::string(span.text)});
        else result.entries.push_back(std::move(entry));
    }
    return result;
}

std::string write_saved(SavedKind kind, const std::vector<SavedEntry>& entries, const std::vector<std::string>& kept) {
    // Written as text rather than one document, so kept entries go back byte for byte
    // and none of them is ever copied or dumped level by level.
    std::string out = "{\"entries\":[";
    bool first = true;
    auto add = [&](const std::string& item) {
        if (!first) out += ',';
        out += item;
        first = false;
    };
    for (const SavedEntry& e : entries) {
        Json j = {{"link", e.link}, {time_key(kind), e.at_ms}};
        if (kind == SavedKind::History) {
            j["durationMs"] = e.duration_ms;
            if (e.counts) j["counts"] = *e.counts;
            if (e.exercises) {
                j["exercises"] = Json::array();
                for (bool done : *e.exercises) j["exercises"].push_back(outcome_name(done));
            }
        }
        add(j.dump(-1, ' ', false, Json::error_handler_t::replace));
    }
    for (const std::string& raw : kept) add(kept_text(raw));
    return out + "],\"format\":\"" + format_of(kind) + "\",\"version\":" + std::to_string(kSavedVersion) + "}";
}

}  // namespace limber
