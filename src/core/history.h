// The week's figures and the streak, from the history: the rules live here, so the page
// shows them and derives none. Days are the user's local days: the page passes each
// time's offset from UTC, as its own time zone gives it for that moment (so a change
// to or from summer time puts every break on the day it happened).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace limber {

// Local time is UTC plus this many minutes, from -14 h to +14 h.
constexpr double kMaxUtcOffsetMinutes = 14 * 60;

struct HistoryItem {
    double at_ms = 0;           // finished, ms since 1970
    double utc_offset_min = 0;  // local time at that moment minus UTC
    double spent_ms = 0;        // time actually spent
    bool counts = true;         // counts towards the streak (entries from before skipping was recorded do)
};

struct HistoryDay {
    std::string date;  // local date, YYYY-MM-DD
    int breaks = 0;    // breaks that count
    int skipped = 0;   // breaks mostly skipped, which do not
    double spent_ms = 0;
};

struct HistorySummary {
    std::vector<HistoryDay> week;  // the last 7 local days, oldest first, today last
    int breaks = 0;                // counted breaks in the week
    int skipped = 0;               // breaks in the week that do not count
    int active_days = 0;           // days of the week with a counted break
    double spent_ms = 0;           // time actually spent in the week, on every break
    int streak = 0;                // local days in a row with a counted break, up to today, or
                                   // up to yesterday while today has none yet
};

bool plausible_utc_offset_min(double minutes);
// Days since 1970-01-01 in local time, and that day as YYYY-MM-DD.
int64_t local_day(double at_ms, double utc_offset_min);
std::string day_date(int64_t day);

HistorySummary summarize_history(const std::vector<HistoryItem>& items, double now_ms, double now_offset_min);

}  // namespace limber
