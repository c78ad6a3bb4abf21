#include "history.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace limber {

namespace {
constexpr double kDayMs = 24 * 60 * 60 * 1000.0;
constexpr int kWeekDays = 7;
}  // namespace

bool plausible_utc_offset_min(double minutes) { return std::isfinite(minutes) && std::fabs(minutes) <= kMaxUtcOffsetMinutes; }

int64_t local_day(double at_ms, double utc_offset_min) {
    return static_cast<int64_t>(std::floor((at_ms + utc_offset_min * 60000.0) / kDayMs));
}

std::string day_date(int64_t day) {
    // Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day count.
    const int64_t z = day + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char text[80];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                  static_cast<long long>(d));
    return text;
}

HistorySummary summarize_history(const std::vector<HistoryItem>& items, double now_ms, double now_offset_min) {
    HistorySummary s;
    const int64_t today = local_day(now_ms, now_offset_min);
    const int64_t first = today - (kWeekDays - 1);
    for (int64_t day = first; day <= today; ++day) s.week.push_back({day_date(day)});
    std::set<int64_t> counted_days;
    for (const HistoryItem& item : items) {
        const int64_t day = local_day(item.at_ms, item.utc_offset_min);
        if (item.counts) counted_days.insert(day);
        if (day < first || day > today) continue;
        HistoryDay& d = s.week[static_cast<size_t>(day - first)];
        (item.counts ? d.breaks : d.skipped) += 1;
        d.spent_ms += item.spent_ms;
    }
    for (const HistoryDay& d : s.week) {
        s.breaks += d.breaks;
        s.skipped += d.skipped;
        s.spent_ms += d.spent_ms;
        if (d.breaks > 0) ++s.active_days;
    }
    int64_t day = counted_days.count(today) ? today : today - 1;
    while (counted_days.count(day)) {
        ++s.streak;
        --day;
    }
    return s;
}

}  // namespace limber
