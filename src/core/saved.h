// Favourites and history as versioned JSON (the page keeps the text in localStorage
// under "limber.favourites" and "limber.history"). One damaged entry is skipped and
// reported, never the reason to lose the others; a file from a newer Limber is
// refused and must not be overwritten. See docs/saved-data.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "exercise.h"

namespace limber {

enum class SavedKind { Favourites, History };

constexpr int kSavedVersion = 1;
// A history entry's time spent is at most a day: more is a damaged entry.
constexpr double kMaxHistoryDurationMs = 24 * 60 * 60 * 1000.0;

struct SavedEntry {
    SavedEntry() = default;
    SavedEntry(std::string link_text, double at, double duration = 0)
        : link(std::move(link_text)), at_ms(at), duration_ms(duration) {}

    std::string link;        // the routine, in the link codec's words
    double at_ms = 0;        // added (favourites) or finished (history), ms since 1970
    double duration_ms = 0;  // history: time spent
    // History, absent from entries older than the record of skipping (they count, as they
    // always did): whether the break counts towards the streak, and for each routine item
    // in order whether it was done (true) or skipped.
    std::optional<bool> counts;
    std::optional<std::vector<bool>> exercises;
};

struct SkippedEntry {
    size_t index = 0;
    std::string reason;
    std::string raw;  // the entry's JSON text exactly as stored, so the page can keep it
};

struct SavedRead {
    std::vector<SavedEntry> entries;
    std::vector<SkippedEntry> skipped;
    std::string error;        // the whole text is unusable; empty otherwise
    bool from_newer = false;  // written by a newer Limber: leave the stored text alone
};

// What a stored time and duration may be: milliseconds since 1970 that a real clock
// could have written (2020 to 2200), and 0 to 24 hours.
bool plausible_time_ms(double ms);
bool plausible_duration_ms(double ms);

// A history entry's `counts` and `exercises`, in stored form (the page's form is the same):
// each may be absent; present, it must be of its type. Sets them in `out`; names the field
// that is wrong, or nullptr.
const char* history_outcome_problem(const nlohmann::json& entry, SavedEntry& out);

SavedRead read_saved(SavedKind kind, std::string_view text, const Catalog& catalog);
// `kept` holds entries the reader skipped (their raw JSON text): written back byte for
// byte, after the good ones, so one bad entry never costs the user anything. Kept text
// that is not one JSON value is written as a JSON string, so it still reads back.
std::string write_saved(SavedKind kind, const std::vector<SavedEntry>& entries, const std::vector<std::string>& kept = {});

}  // namespace limber
