// The week's figures and the streak, in the user's local days.
#include <doctest/doctest.h>

#include "core/history.h"
#include "core/page_json.h"

#include <nlohmann/json.hpp>

using namespace limber;

namespace {
constexpr double kHourMs = 3600000;
constexpr double kDayMs = 24 * kHourMs;
constexpr double kDec2Noon = 1796212800000;  // 2026-12-02 12:00 UTC, day 20789
}  // namespace

TEST_CASE("local days and their dates") {
    CHECK(local_day(0, 0) == 0);
    CHECK(local_day(-1, 0) == -1);
    CHECK(local_day(kDec2Noon, 0) == 20789);
    CHECK(local_day(kDec2Noon, 11 * 60 + 59) == 20789);
    CHECK(local_day(kDec2Noon, 12 * 60) == 20790);   // midnight in Kiribati is the next day
    CHECK(local_day(kDec2Noon, -12 * 60) == 20789);  // midnight, exactly, in Baker Island: that day still
    CHECK(local_day(kDec2Noon, -12 * 60 - 1) == 20788);
    CHECK(day_date(0) == "1970-01-01");
    CHECK(day_date(-1) == "1969-12-31");
    CHECK(day_date(20789) == "2026-12-02");
    CHECK(day_date(20507) == "2026-02-23");
    CHECK(plausible_utc_offset_min(840));
    CHECK(plausible_utc_offset_min(-840));
    CHECK_FALSE(plausible_utc_offset_min(841));
}

TEST_CASE("the week: counted breaks, breaks mostly skipped, the time spent and the days with a break") {
    const std::vector<HistoryItem> items = {
        {kDec2Noon - 1 * kDayMs, 0, 120000, true}, {kDec2Noon - 1 * kDayMs + kHourMs, 0, 300000, true},
        {kDec2Noon - 3 * kDayMs, 0, 10000, false}, {kDec2Noon - 6 * kDayMs, 0, 60000, true},
        {kDec2Noon - 7 * kDayMs, 0, 60000, true},  // a day before the week
        {kDec2Noon + 1 * kDayMs, 0, 60000, true},  // a clock that was wrong: after today
    };
    const HistorySummary s = summarize_history(items, kDec2Noon, 0);
    REQUIRE(s.week.size() == 7);
    CHECK(s.week[0].date == "2026-11-26");
    CHECK(s.week[6].date == "2026-12-02");
    CHECK(s.week[0].breaks == 1);
    CHECK(s.week[3].breaks == 0);
    CHECK(s.week[3].skipped == 1);
    CHECK(s.week[3].spent_ms == 10000);
    CHECK(s.week[5].breaks == 2);
    CHECK(s.week[5].spent_ms == 420000);
    CHECK(s.week[6].breaks == 0);
    CHECK(s.breaks == 3);
    CHECK(s.skipped == 1);
    CHECK(s.active_days == 2);
    CHECK(s.spent_ms == 490000);
    CHECK(s.streak == 1);  // yesterday; today has none yet
}

TEST_CASE("the streak: days in a row with a counted break, to today or, while today has none, to yesterday") {
    auto streak = [](std::vector<HistoryItem> items) { return summarize_history(items, kDec2Noon, 0).streak; };
    CHECK(streak({}) == 0);
    CHECK(streak({{kDec2Noon, 0, 1000, true}}) == 1);
    CHECK(streak({{kDec2Noon - kDayMs, 0, 1000, true}}) == 1);
    CHECK(streak({{kDec2Noon - 2 * kDayMs, 0, 1000, true}}) == 0);  // yesterday broke it
    CHECK(streak({{kDec2Noon, 0, 1000, false}}) == 0);              // a break mostly skipped is none
    CHECK(streak({{kDec2Noon, 0, 1000, true}, {kDec2Noon - kDayMs, 0, 1000, false}, {kDec2Noon - 2 * kDayMs, 0, 1000, true}}) ==
          1);
    CHECK(streak({{kDec2Noon, 0, 1000, true},
                  {kDec2Noon - kDayMs, 0, 1000, false},
                  {kDec2Noon - kDayMs, 0, 1000, true},
                  {kDec2Noon - 9 * kDayMs, 0, 1000, true},
                  {kDec2Noon - 2 * kDayMs, 0, 1000, true}}) == 3);
}

TEST_CASE("each time is placed on its local day with its own offset, across a change of summer time") {
    // Berlin leaves summer time at 2026-10-25 01:00 UTC (+120 to +60 minutes). A break at
    // 22:30 UTC the evening before was at 00:30 on the 25th, local time then.
    const double before_change = 1792881000000;  // 2026-10-24 22:30 UTC
    const double next_noon = 1792929600000;      // 2026-10-25 12:00 UTC
    const HistorySummary s = summarize_history({{before_change, 120, 60000, true}}, next_noon, 60);
    CHECK(s.week[6].date == "2026-10-25");
    CHECK(s.week[6].breaks == 1);
    CHECK(s.streak == 1);
    // Placed with today's offset it would have been 23:30 on the 24th.
    const HistorySummary wrong = summarize_history({{before_change, 60, 60000, true}}, next_noon, 60);
    CHECK(wrong.week[5].breaks == 1);
}

TEST_CASE("history_summary_json: entries as read, counted unless they say not, and a request of the wrong shape is refused") {
    using Json = nlohmann::json;
    const Json answer = Json::parse(history_summary_json(R"({"nowMs":1796212800000,"utcOffsetMinutes":0,"entries":[
        {"atMs":1796212800000,"durationMs":123000,"utcOffsetMinutes":0,"link":"v1/routine/x"},
        {"atMs":1796212000000,"durationMs":10000,"utcOffsetMinutes":0,"counts":false,"exercises":["skipped"]}]})"));
    CHECK(answer["breaks"] == 1);
    CHECK(answer["skipped"] == 1);
    CHECK(answer["activeDays"] == 1);
    CHECK(answer["spentMs"] == 133000);
    CHECK(answer["streak"] == 1);
    CHECK(answer["week"][6] == Json::parse(R"({"date":"2026-12-02","breaks":1,"skipped":1,"spentMs":133000.0})"));
    auto error = [](const char* request) { return Json::parse(history_summary_json(request)).value("error", ""); };
    CHECK(error("[]") == "cannot sum up the history: the request is not a JSON object");
    CHECK(error(R"({"nowMs":5,"utcOffsetMinutes":0,"entries":[]})") ==
          "cannot sum up the history: nowMs is not a plausible time");
    CHECK(error(R"({"nowMs":1796212800000,"utcOffsetMinutes":900,"entries":[]})") ==
          "cannot sum up the history: utcOffsetMinutes must be from -840 to 840");
    CHECK(error(R"({"nowMs":1796212800000,"utcOffsetMinutes":0,"entries":{}})") ==
          "cannot sum up the history: the request has no entries list");
    CHECK(
        error(
            R"({"nowMs":1796212800000,"utcOffsetMinutes":0,"entries":[{"atMs":1796212800000,"durationMs":1,"utcOffsetMinutes":0,"counts":"no"}]})") ==
        "cannot sum up the history: entry 1 has no valid counts");
    CHECK(error(R"({"nowMs":1796212800000,"utcOffsetMinutes":0,"entries":[{"atMs":1796212800000,"durationMs":1}]})") ==
          "cannot sum up the history: entry 1 has no valid utcOffsetMinutes");
}
