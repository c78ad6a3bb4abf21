// Plain-object views of the core for the browser bridge and the automation API.
#pragma once

#include <string>

#include "figure.h"
#include "session.h"

namespace limber {

struct AudioStatus {
    bool enabled = true;
    const char* state = "locked";  // locked | running | suspended | unavailable
};

std::string state_json(const State& s, const AudioStatus& audio);
std::string timeline_json(const Timeline& tl);

}  // namespace limber
