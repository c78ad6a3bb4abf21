#include "page_json.h"

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "history.h"
#include "instruction.h"
#include "json_text.h"
#include "link.h"
#include "outcome.h"
#include "state_json.h"

namespace limber {

namespace {

using Json = nlohmann::json;

// Replies to the page never throw: text that is not UTF-8 (only ever from a caller
// that passed such bytes) is written with U+FFFD in its place.
std::string reply(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Something the builder must fix, for the page to show beside its field: the item's
// index (-1: the routine itself), the field as the request names it, the reason in the
// API's terse words (`error`) and in plain words for the person typing (`message`).
struct FieldProblem {
    int item;
    std::string field;
    std::string error;
    std::string message;
};
using Problems = std::vector<FieldProblem>;

// A dose field from the builder: absent, the exercise's own stays; present, it must be a
// whole number, and inside the exercise's range (range_message says the range and whose).
void whole_number(const Catalog& catalog, const Json& j, const Exercise& ex, const char* key, int& out, int item,
                  Problems& problems) {
    auto it = j.find(key);
    if (it == j.end()) return;
    const bool hold = std::string_view(key) == "holdSeconds";
    const std::string field = hold ? "hold" : std::string_view(key) == "reps" ? "reps" : "sets";
    const DoseRange& r = ex.range;
    const int lo = hold ? r.hold_min : std::string_view(key) == "reps" ? r.reps_min : r.sets_min;
    const int hi = hold ? r.hold_max : std::string_view(key) == "reps" ? r.reps_max : r.sets_max;
    const std::string from = std::to_string(lo), to = std::to_string(hi);
    const double v = it->is_number() ? it->get<double>() : NAN;
    if (!std::isfinite(v) || v != std::floor(v)) {
        const std::string message = lo == hi ? readout_words(catalog, field + "Exactly", {{"n", from}})
                                             : readout_words(catalog, field + "Whole", {{"min", from}, {"max", to}});
        problems.push_back({item, key, std::string(key) + " must be a whole number", message});
    } else if (v < lo || v > hi) {
        // The message names the range, not the value, which may be past any int.
        const RangeMiss miss{key, v < lo ? lo - 1 : hi + 1, lo, hi};
        problems.push_back({item, key, std::string(key) + " must be " + from + ".." + to, range_message(catalog, ex, miss)});
    } else {
        out = static_cast<int>(v);
    }
}

void item_problems(const Catalog& catalog, const Json& j, int index, RoutineItem& item, Problems& problems) {
    const size_t before = problems.size();
    auto problem = [&](const std::string& field, const std::string& error, const std::string& message) {
        problems.push_back({index, field, error, message});
    };
    if (!j.is_object()) return problem("exercise", "is not an object", readout_words(catalog, "entryNotExercise"));
    auto id = j.find("exercise");
    if (id == j.end() || !id->is_string())
        return problem("exercise", "names no exercise", readout_words(catalog, "entryNoExercise"));
    const std::string& name = id->get_ref<const std::string&>();
    item.exercise = catalog.find_exercise(name);
    if (item.exercise < 0)
        return problem("exercise", "names no exercise in the catalog ('" + name + "')",
                       readout_words(catalog, "noSuchExercise", {{"id", name}}));
    const Exercise& ex = catalog.exercises[static_cast<size_t>(item.exercise)];
    item.dose = ex.dose;
    // An amount the exercise does not count may come as 0 (a dose that lists both), never
    // as one the routine would ignore.
    for (const bool reps : {true, false}) {
        const char* key = reps ? "reps" : "holdSeconds";
        if (reps ? ex.dose.reps > 0 : ex.dose.hold_s > 0) {
            whole_number(catalog, j, ex, key, reps ? item.dose.reps : item.dose.hold_s, index, problems);
            continue;
        }
        auto given = j.find(key);
        if (given == j.end() || (given->is_number() && given->get<double>() == 0)) continue;
        return reps ? problem(key, ex.id + " is a hold: give holdSeconds, not reps",
                              readout_words(catalog, "heldNotReps", {{"exercise", ex.name}}))
                    : problem(key, ex.id + " is counted in reps, not holdSeconds",
                              readout_words(catalog, "repsNotHeld", {{"exercise", ex.name}}));
    }
    whole_number(catalog, j, ex, "sets", item.dose.sets, index, problems);
    if (auto sides = j.find("perSide"); sides != j.end()) {
        if (!sides->is_boolean())
            return problem("perSide", "perSide must be true or false", readout_words(catalog, "sidesOnOrOff"));
        item.dose.per_side = sides->get<bool>();
    }
    if (problems.size() > before) return;
    if (std::string why = dose_problem(catalog, item.dose); !why.empty())
        problem("exercise", why, readout_words(catalog, "doseUnplayable", {{"exercise", ex.name}}));
}

// The whole routine's problems, in the order the builder's form reads; empty when it can be made.
Problems routine_problems(const Catalog& catalog, const Json& j, Routine& routine) {
    Problems problems;
    auto problem = [&](const std::string& field, const std::string& error, const std::string& message) {
        problems.push_back({-1, field, error, message});
    };
    auto name = j.find("name");
    if (name != j.end() && !name->is_string()) {
        problem("name", "the routine's name must be text", readout_words(catalog, "nameNotText"));
    } else if (name == j.end() || name->get_ref<const std::string&>().empty()) {
        problem("name", "the routine needs a name", readout_words(catalog, "nameMissing"));
    } else {
        routine.name = name->get<std::string>();
        const std::string most = std::to_string(kMaxRoutineNameBytes);
        if (routine.name.size() > kMaxRoutineNameBytes)
            problem(
                "name",
                "the routine name is " + std::to_string(routine.name.size()) + " bytes long; at most " + most + " are allowed",
                readout_words(catalog, "nameTooLong", {{"max", most}}));
    }
    auto items = j.find("items");
    if (items != j.end() && !items->is_array()) {
        problem("items", "the routine's items must be a list of exercises", readout_words(catalog, "itemsNotList"));
    } else if (items == j.end() || items->empty()) {
        problem("items", "the routine needs at least one exercise", readout_words(catalog, "itemsMissing"));
    } else if (items->size() > kMaxLinkItems) {
        const std::string most = std::to_string(kMaxLinkItems);
        problem("items", "a routine holds at most " + most + " exercises",
                readout_words(catalog, "itemsTooMany", {{"max", most}}));
    } else {
        for (size_t i = 0; i < items->size(); ++i) {
            RoutineItem item;
            item_problems(catalog, (*items)[i], static_cast<int>(i), item, problems);
            routine.items.push_back(item);
        }
    }
    return problems;
}

std::string failure(const std::string& error, const Problems& problems = {}) {
    Json list = Json::array();
    for (const FieldProblem& p : problems)
        list.push_back({{"item", p.item < 0 ? Json(nullptr) : Json(p.item)}, {"field", p.field}, {"message", p.message}});
    return reply(Json{{"ok", false}, {"error", error}, {"problems", list}});
}

// One entry as the page holds it, {link, atMs, durationMs}: true when it is one the
// reader would keep (its link aside, which needs the catalog).
bool page_entry(SavedKind kind, const Json& e, SavedEntry& out) {
    if (!e.is_object()) return false;
    auto link = e.find("link");
    auto at = e.find("atMs");
    if (link == e.end() || !link->is_string() || at == e.end() || !at->is_number() || !plausible_time_ms(at->get<double>()))
        return false;
    out.link = link->get<std::string>();
    out.at_ms = at->get<double>();
    if (kind == SavedKind::History) {
        auto d = e.find("durationMs");
        if (d == e.end() || !d->is_number() || !plausible_duration_ms(d->get<double>())) return false;
        out.duration_ms = d->get<double>();
        return history_outcome_problem(e, out) == nullptr;
    }
    return true;
}

// An entry the reader would skip, in stored form with its values as given, so that
// reading it back says what is wrong ("has no valid addedAt") and nothing is lost.
std::string stored_as_given(SavedKind kind, const Json& e) {
    if (!e.is_object()) return reply(e);
    Json out = Json::object();
    if (auto link = e.find("link"); link != e.end()) out["link"] = *link;
    if (auto at = e.find("atMs"); at != e.end()) out[kind == SavedKind::Favourites ? "addedAt" : "finishedAt"] = *at;
    if (kind == SavedKind::History)
        for (const char* key : {"durationMs", "counts", "exercises"})
            if (auto v = e.find(key); v != e.end()) out[key] = *v;
    return reply(out);
}

std::string refusal(SavedKind kind, const std::string& why) {
    return reply(Json{
        {"error", std::string("cannot write the ") + (kind == SavedKind::Favourites ? "favourites" : "history") + ": " + why}});
}

}  // namespace

std::string custom_routine_json(const Catalog& catalog, std::string_view request) {
    Json j;
    if (std::string why = parse_limited(request, j); !why.empty()) return failure("the routine " + why);
    if (!j.is_object()) return failure("the routine is not a JSON object");
    Routine routine;
    if (const Problems problems = routine_problems(catalog, j, routine); !problems.empty()) {
        const FieldProblem& first = problems.front();
        return failure(first.item < 0 ? first.error : "exercise " + std::to_string(first.item + 1) + " " + first.error, problems);
    }
    // Reading the link back checks what the link codec checks (name length, bytes)
    // and gives the page exactly what a bookmark of it would open.
    const LinkDecode decoded = decode_link(catalog, encode_custom_link(catalog, routine));
    return decoded.ok() ? link_json(catalog, decoded) : failure(decoded.error);
}

std::string saved_read_json(SavedKind kind, std::string_view text, const Catalog& catalog) {
    const SavedRead read = read_saved(kind, text, catalog);
    Json entries = Json::array();
    for (const SavedEntry& e : read.entries) {
        Json entry = {{"link", e.link}, {"atMs", e.at_ms}, {"durationMs", e.duration_ms}};
        // Absent stays absent, so writing back what was read changes nothing.
        if (e.counts) entry["counts"] = *e.counts;
        if (e.exercises) {
            entry["exercises"] = Json::array();
            for (bool done : *e.exercises) entry["exercises"].push_back(outcome_name(done));
        }
        entries.push_back(std::move(entry));
    }
    Json skipped = Json::array();
    for (const SkippedEntry& s : read.skipped) skipped.push_back({{"index", s.index}, {"reason", s.reason}, {"raw", s.raw}});
    return reply(Json{{"entries", entries},
                      {"skipped", skipped},
                      {"error", read.error.empty() ? Json(nullptr) : Json(read.error)},
                      {"fromNewer", read.from_newer}});
}

std::string saved_write_json(SavedKind kind, std::string_view request) {
    Json j;
    if (std::string why = parse_limited(request, j); !why.empty()) return refusal(kind, "the request " + why);
    if (!j.is_object()) return refusal(kind, "the request is not a JSON object");
    auto list = j.find("entries");
    if (list == j.end() || !list->is_array()) return refusal(kind, "the request has no entries list");
    auto raws = j.find("kept");
    if (raws != j.end() && !raws->is_array()) return refusal(kind, "'kept' is not a list");
    // Good entries first, then the ones the reader will skip, then the kept ones: the
    // order a read and a second write give, so writing what was read changes nothing.
    std::vector<SavedEntry> entries;
    std::vector<std::string> kept;
    for (const Json& e : *list) {
        SavedEntry entry;
        if (page_entry(kind, e, entry)) entries.push_back(std::move(entry));
        else kept.push_back(stored_as_given(kind, e));
    }
    if (raws != j.end())
        for (const Json& raw : *raws) kept.push_back(raw.is_string() ? raw.get<std::string>() : reply(raw));
    return write_saved(kind, entries, kept);
}

std::string history_summary_json(std::string_view request) {
    auto refuse = [](const std::string& why) { return reply(Json{{"error", "cannot sum up the history: " + why}}); };
    Json j;
    if (std::string why = parse_limited(request, j); !why.empty()) return refuse("the request " + why);
    if (!j.is_object()) return refuse("the request is not a JSON object");
    auto number = [](const Json& o, const char* key, double& out) {
        auto it = o.find(key);
        if (it == o.end() || !it->is_number()) return false;
        out = it->get<double>();
        return std::isfinite(out);
    };
    double now = 0;
    double now_offset = 0;
    if (!number(j, "nowMs", now) || !plausible_time_ms(now)) return refuse("nowMs is not a plausible time");
    if (!number(j, "utcOffsetMinutes", now_offset) || !plausible_utc_offset_min(now_offset))
        return refuse("utcOffsetMinutes must be from -840 to 840");
    auto list = j.find("entries");
    if (list == j.end() || !list->is_array()) return refuse("the request has no entries list");
    std::vector<HistoryItem> items;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& e = (*list)[i];
        const std::string at = "entry " + std::to_string(i + 1);
        HistoryItem item;
        if (!e.is_object()) return refuse(at + " is not an object");
        if (!number(e, "atMs", item.at_ms) || !plausible_time_ms(item.at_ms)) return refuse(at + " has no valid atMs");
        if (!number(e, "durationMs", item.spent_ms) || !plausible_duration_ms(item.spent_ms))
            return refuse(at + " has no valid durationMs");
        if (!number(e, "utcOffsetMinutes", item.utc_offset_min) || !plausible_utc_offset_min(item.utc_offset_min))
            return refuse(at + " has no valid utcOffsetMinutes");
        SavedEntry outcome;
        if (const char* field = history_outcome_problem(e, outcome)) return refuse(at + " has no valid " + field);
        item.counts = outcome.counts.value_or(true);
        items.push_back(item);
    }
    const HistorySummary s = summarize_history(items, now, now_offset);
    Json week = Json::array();
    for (const HistoryDay& d : s.week)
        week.push_back({{"date", d.date}, {"breaks", d.breaks}, {"skipped", d.skipped}, {"spentMs", d.spent_ms}});
    return reply(Json{{"week", week},
                      {"breaks", s.breaks},
                      {"skipped", s.skipped},
                      {"activeDays", s.active_days},
                      {"spentMs", s.spent_ms},
                      {"streak", s.streak}});
}

}  // namespace limber
