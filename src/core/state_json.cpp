#include "state_json.h"

#include <string_view>

#include <nlohmann/json.hpp>

#include "reflection.h"
#include "saved.h"

namespace limber {

using Json = nlohmann::json;

namespace {

// The joint angles the figure shows, by the names in assets/poses.json.
Json pose_json(const Pose& pose) {
    Json j = Json::object();
    for (int k = 0; k < kJointCount; ++k) j[std::string(joint_info(k).name)] = pose[k];
    return j;
}

Json finish_json(const Finish& f) {
    const RunOutcome& o = f.outcome;
    Json exercises = Json::array();
    for (const ExerciseOutcome& e : o.exercises) exercises.push_back(outcome_name(e.done));
    return {{"routine", f.link},   {"elapsedMs", f.elapsed_ms}, {"run", f.count},     {"spentMs", o.spent_ms},
            {"workMs", o.work_ms}, {"workDoneMs", o.worked_ms}, {"counts", o.counts}, {"exercises", exercises}};
}

}  // namespace

bool operator==(const AudioStatus& a, const AudioStatus& b) {
    return a.enabled == b.enabled && std::string_view(a.state) == b.state && a.voice == b.voice && a.tones == b.tones &&
           a.volume == b.volume && a.lead_ms == b.lead_ms && a.count_reps == b.count_reps && a.voice_arrived == b.voice_arrived;
}

std::string state_json(const State& s, const AudioStatus& audio) {
    Json j;
    j["screen"] = screen_name(s.screen);
    j["audio"] = {{"enabled", audio.enabled},      {"state", audio.state},
                  {"voice", audio.voice},          {"tones", audio.tones},
                  {"volume", audio.volume},        {"leadMs", audio.lead_ms},
                  {"countReps", audio.count_reps}, {"voiceArrived", audio.voice_arrived}};
    j["paused"] = s.paused;
    j["pose"] = pose_json(s.posed.pose);
    j["run"] = s.run;
    j["finished"] = nullptr;
    if (s.finished) j["finished"] = finish_json(*s.finished);
    j["routine"] = nullptr;
    for (const char* key : {"link",
                            "exerciseIndex",
                            "exerciseId",
                            "exerciseName",
                            "next",
                            "phase",
                            "side",
                            "sideText",
                            "set",
                            "sets",
                            "rep",
                            "reps",
                            "repHoldMs",
                            "holding",
                            "breath",
                            "breathProgress",
                            "elapsedMs",
                            "remainingMs",
                            "segmentRemainingMs",
                            "segmentProgress"})
        j[key] = nullptr;
    for (const char* key : {"instruction", "countdown", "countdownLabel", "nextUp", "caption"}) j[key] = nullptr;
    if (!s.in_routine) return j.dump();
    j["routine"] = s.routine;
    j["link"] = s.link;
    j["phase"] = phase_name(s.phase);
    j["elapsedMs"] = s.elapsed_ms;
    j["remainingMs"] = s.remaining_ms;
    if (!s.caption.empty()) j["caption"] = s.caption;
    if (s.phase == Phase::Done) return j.dump();
    j["exerciseIndex"] = s.exercise_index;
    j["exerciseId"] = s.exercise_id;
    j["exerciseName"] = s.exercise_name;
    if (s.next_exercise >= 0) j["next"] = {{"id", s.next_exercise_id}, {"name", s.next_exercise_name}};
    j["side"] = s.side == Side::None ? Json(nullptr) : Json(side_name(s.side));
    if (s.side != Side::None) j["sideText"] = side_words(s.phase, s.side);
    j["set"] = s.set;
    j["sets"] = s.sets;
    j["segmentRemainingMs"] = s.segment_remaining_ms;
    j["segmentProgress"] = s.segment_progress;
    j["instruction"] = s.instruction;
    j["countdown"] = s.countdown_s;
    j["countdownLabel"] = s.countdown_label;
    if (!s.next_up.empty()) j["nextUp"] = s.next_up;
    if (s.reps > 0) {
        j["rep"] = s.rep;
        j["reps"] = s.reps;
        if (s.rep_hold_ms > 0) {
            j["repHoldMs"] = s.rep_hold_ms;
            j["holding"] = s.held_peak != BreathPhase::None;
        }
    }
    if (s.breath != BreathPhase::None) {
        j["breath"] = breath_name(s.breath);
        j["breathProgress"] = s.breath_progress;
    }
    return j.dump();
}

namespace {

Json dose_json(const Dose& d) {
    Json j = {{"sets", d.sets}, {"perSide", d.per_side}};
    if (d.reps > 0) j["reps"] = d.reps;
    if (d.hold_s > 0) j["holdSeconds"] = d.hold_s;
    return j;
}

Json exercise_json(const Exercise& e) {
    Json range = {{"setsMin", e.range.sets_min}, {"setsMax", e.range.sets_max}};
    if (e.dose.reps > 0) {
        range["repsMin"] = e.range.reps_min;
        range["repsMax"] = e.range.reps_max;
    }
    if (e.dose.hold_s > 0) {
        range["holdMin"] = e.range.hold_min;
        range["holdMax"] = e.range.hold_max;
    }
    return {{"id", e.id},
            {"name", e.name},
            {"purpose", e.purpose},
            {"steps", e.steps},
            {"position", position_name(e.position)},
            {"place", place_name(place_of(e.position))},
            {"equipment", equipment_name(e.equipment)},
            {"kind", kind_name(e.kind)},
            {"camera", {{"yaw", e.camera.yaw}, {"pitch", e.camera.pitch}, {"distance", e.camera.distance}}},
            {"dose", dose_json(e.dose)},
            {"range", range},
            {"doseSource", e.dose_from_articles ? "articles" : "limber"},
            {"tempo", {{"inMs", e.tempo.in_ms}, {"outMs", e.tempo.out_ms}, {"peak", peak_name(e.tempo.peak)}}},
            {"breathing", {{"in", e.breath_in}, {"out", e.breath_out}}},
            {"coach", {{"setup", e.setup_line}, {"form", e.form_line}}},
            {"cautions", e.cautions},
            {"frequency", frequency_name(e.frequency)},
            {"sources", e.sources},
            {"provenance", {{"dose", e.dose_note}, {"frequency", e.frequency_note}, {"choices", e.choices}}}};
}

Json facts_json(const RoutineFacts& f) {
    Json kinds = Json::array();
    for (Kind k : f.kinds) kinds.push_back(kind_name(k));
    Json equipment = Json::array();
    for (Equipment e : f.equipment) equipment.push_back(equipment_name(e));
    return {{"place", routine_place_name(f.place)}, {"floor", f.floor}, {"kinds", kinds}, {"equipment", equipment}};
}

Json routine_json(const Catalog& catalog, const Routine& r) {
    Json items = Json::array();
    for (const RoutineItem& item : r.items) {
        Json j = {{"exercise", catalog.exercises[static_cast<size_t>(item.exercise)].id}, {"dose", dose_json(item.dose)}};
        if (!item.shortened.empty()) j["shortened"] = item.shortened;
        items.push_back(std::move(j));
    }
    return {{"id", r.id},
            {"name", r.name},
            {"description", r.description},
            {"sources", r.sources},
            {"howOften", how_often(catalog, r)},
            {"totalMs", compile(catalog, r).total_ms},
            {"items", items},
            {"facts", facts_json(routine_facts(catalog, r))}};
}

template <typename E>
Json words_json(const std::map<E, std::string>& words, const char* (*name)(E)) {
    Json j = Json::object();
    for (const auto& [value, text] : words) j[name(value)] = text;
    return j;
}

// The bounds the core holds every dose, routine, link and history entry to.
Json limits_json() {
    return {{"reps", {{"min", 1}, {"max", kMaxReps}}},   {"holdSeconds", {{"min", 1}, {"max", kMaxHoldSeconds}}},
            {"sets", {{"min", 1}, {"max", kMaxSets}}},   {"routineItems", kMaxLinkItems},
            {"routineNameBytes", kMaxRoutineNameBytes},  {"linkLength", kMaxLinkLength},
            {"historyDurationMs", kMaxHistoryDurationMs}};
}

}  // namespace

std::string catalog_json(const Catalog& catalog) {
    Json exercises = Json::array();
    for (const Exercise& e : catalog.exercises) exercises.push_back(exercise_json(e));
    Json routines = Json::array();
    for (const Routine& r : catalog.routines) {
        Json j = routine_json(catalog, r);
        j["link"] = encode_builtin_link(r);
        routines.push_back(std::move(j));
    }
    return Json{{"exercises", exercises},
                {"routines", routines},
                {"positionNames", words_json(catalog.position_words, position_name)},
                {"equipmentNames", words_json(catalog.equipment_words, equipment_name)},
                {"kindNames", words_json(catalog.kind_words, kind_name)},
                {"safety",
                 {{"title", catalog.safety.title},
                  {"advice", catalog.safety.advice},
                  {"warning", catalog.safety.warning},
                  {"warningSigns", catalog.safety.warning_signs}}},
                {"limits", limits_json()}}
        .dump();
}

std::string link_json(const Catalog& catalog, const LinkDecode& decoded) {
    if (!decoded.ok()) return Json{{"ok", false}, {"error", decoded.error}}.dump();
    Json routine = routine_json(catalog, decoded.routine);
    routine["link"] = decoded.builtin ? encode_builtin_link(decoded.routine) : encode_custom_link(catalog, decoded.routine);
    // A copy to edit names every dose as it is; one a built-in routine shortened below its
    // range opens in the builder brought up to the range, with a notice.
    routine["copyLink"] = encode_custom_link(catalog, decoded.routine);
    return Json{
        {"ok", true}, {"error", nullptr}, {"builtin", decoded.builtin}, {"routine", routine}, {"notices", decoded.notices}}
        .dump();
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
