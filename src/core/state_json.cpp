#include "state_json.h"

#include <nlohmann/json.hpp>

namespace limber {

using Json = nlohmann::json;

std::string state_json(const State& s, const AudioStatus& audio) {
    Json j;
    j["screen"] = screen_name(s.screen);
    j["audio"] = {{"enabled", audio.enabled}, {"state", audio.state}};
    j["paused"] = s.paused;
    j["routine"] = nullptr;
    for (const char* key : {"exerciseIndex", "exerciseId", "phase", "side", "set", "sets", "rep", "reps", "breath",
                            "breathProgress", "elapsedMs", "remainingMs", "segmentRemainingMs", "segmentProgress"})
        j[key] = nullptr;
    if (!s.in_routine) return j.dump();
    j["routine"] = s.routine;
    j["phase"] = phase_name(s.phase);
    j["elapsedMs"] = s.elapsed_ms;
    j["remainingMs"] = s.remaining_ms;
    if (s.phase == Phase::Done) return j.dump();
    j["exerciseIndex"] = s.exercise_index;
    j["exerciseId"] = s.exercise_id;
    j["side"] = s.side == Side::None ? Json(nullptr) : Json(side_name(s.side));
    j["set"] = s.set;
    j["sets"] = s.sets;
    j["segmentRemainingMs"] = s.segment_remaining_ms;
    j["segmentProgress"] = s.segment_progress;
    if (s.reps > 0) {
        j["rep"] = s.rep;
        j["reps"] = s.reps;
    }
    if (s.breath != BreathPhase::None) {
        j["breath"] = breath_name(s.breath);
        j["breathProgress"] = s.breath_progress;
    }
    return j.dump();
}

std::string timeline_json(const Timeline& tl) {
    Json segments = Json::array();
    for (const Segment& seg : tl.segments) {
        segments.push_back({{"phase", phase_name(seg.phase)},
                            {"startMs", seg.start_ms},
                            {"endMs", seg.end_ms},
                            {"exerciseIndex", seg.item < 0 ? Json(nullptr) : Json(seg.item)},
                            {"side", seg.side == Side::None ? Json(nullptr) : Json(side_name(seg.side))},
                            {"reps", seg.reps},
                            {"breathInMs", seg.tempo.in_ms},
                            {"breathOutMs", seg.tempo.out_ms}});
    }
    Json cues = Json::array();
    for (const CueEvent& c : tl.cues) cues.push_back({{"atMs", c.at_ms}, {"cue", cue_name(c.cue)}});
    return Json{{"totalMs", tl.total_ms}, {"segments", segments}, {"cues", cues}}.dump();
}

}  // namespace limber
