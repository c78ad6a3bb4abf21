// What the harnesses check besides "no crash": a broken property says which, then
// aborts so libFuzzer keeps the input that broke it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "core/timeline.h"

namespace limber::fuzz {

using Json = nlohmann::json;

inline void require(bool ok, const char* property) {
    if (ok) return;
    std::fprintf(stderr, "property broken: %s\n", property);
    std::abort();
}

// Every reply the page gets is one JSON object.
inline Json reply(const std::string& text, const char* from) {
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        std::fprintf(stderr, "%s answered with text that is not a JSON object: %.200s\n", from, text.c_str());
        std::abort();
    }
    return j;
}

// The schedule of a routine of `items` exercises covers [0, total] without a gap or an
// overlap, every segment but the closing Done takes time, and every cue falls inside.
inline void require_tiles(const Timeline& tl, size_t items) {
    require(!tl.segments.empty() && tl.segments.front().start_ms == 0, "the schedule starts at 0");
    for (size_t i = 0; i < tl.segments.size(); ++i) {
        const Segment& s = tl.segments[i];
        const bool last = i + 1 == tl.segments.size();
        require(i == 0 || s.start_ms == tl.segments[i - 1].end_ms, "each segment starts where the one before ends");
        require(last ? s.phase == Phase::Done && s.start_ms == tl.total_ms && s.end_ms == tl.total_ms
                     : s.phase != Phase::Done && s.end_ms > s.start_ms,
                "only the closing Done segment, at total_ms, takes no time");
        require(last || (s.item >= 0 && static_cast<size_t>(s.item) < items),
                "every segment belongs to an exercise of the routine");
    }
    require(tl.total_ms > 0, "a routine with exercises takes time");
    for (size_t i = 0; i < tl.cues.size(); ++i)
        require(tl.cues[i].at_ms >= 0 && tl.cues[i].at_ms <= tl.total_ms && (i == 0 || tl.cues[i - 1].at_ms <= tl.cues[i].at_ms),
                "cues are sorted and inside the routine");
}

}  // namespace limber::fuzz
