// Plain-object views of the core for the browser bridge and the automation API.
#pragma once

#include <string>

#include "link.h"
#include "session.h"

namespace limber {

struct AudioStatus {
    bool enabled = true;           // sound on at all
    const char* state = "locked";  // locked | running | suspended
    bool voice = true;
    bool tones = true;
    double volume = 0.8;
    double lead_ms = 0;          // how early cues start, to be heard on the beat
    bool count_reps = false;     // the coach says each rep's number (Session::count_reps)
    bool voice_arrived = false;  // the voice sheet has come (the page loads it after the first frame)
};

bool operator==(const AudioStatus& a, const AudioStatus& b);

std::string state_json(const State& s, const AudioStatus& audio);
std::string timeline_json(const Timeline& tl);
// Every exercise with all its fields, and every built-in routine with its items,
// computed total duration and link.
std::string catalog_json(const Catalog& catalog);
// A decoded link: {ok, error, builtin, routine: {id, name, totalMs, items, link, copyLink}, notices}.
std::string link_json(const Catalog& catalog, const LinkDecode& decoded);

}  // namespace limber
