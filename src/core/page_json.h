// JSON in and out for the page's own data: routines made in the builder and the
// saved favourites and history. The core decides what is valid, so the page never
// judges a link or an entry itself.
#pragma once

#include <string>
#include <string_view>

#include "exercise.h"
#include "saved.h"

namespace limber {

// A routine from the builder, {name, items: [{exercise, reps | holdSeconds, sets, perSide}]},
// as link_json() describes it ({ok, routine: {..., link, totalMs}}), or {ok: false, error,
// problems: [{item, field, message}]}: every field the builder must fix (item: its index,
// or null for the name and the list), with the reason in plain words for beside that field.
std::string custom_routine_json(const Catalog& catalog, std::string_view request);

// Saved text read as {entries: [{link, atMs, durationMs}], skipped: [{index, reason, raw}],
// error, fromNewer}.
std::string saved_read_json(SavedKind kind, std::string_view text, const Catalog& catalog);

// {entries: [{link, atMs, durationMs}], kept: [raw entry JSON, ...]} written as saved text.
// Kept entries are ones the reader skipped: they go back verbatim so nothing is lost.
std::string saved_write_json(SavedKind kind, std::string_view request);

// {nowMs, utcOffsetMinutes, entries: [{atMs, durationMs, counts?, utcOffsetMinutes}]}, the
// history as read plus each time's offset from UTC, summed up as {week: [{date, breaks,
// skipped, spentMs}], breaks, skipped, activeDays, spentMs, streak} (see history.h), or
// {error} for a request that is not of that shape.
std::string history_summary_json(std::string_view request);

}  // namespace limber
