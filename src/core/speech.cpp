#include "speech.h"

namespace limber {

namespace {

const std::string kNamePrefix = "name-";
const std::string kSetupPrefix = "setup-";
const std::string kFormPrefix = "form-";
const std::string kNumberPrefix = "number-";

std::string exercise_clip(const std::string& prefix, const CueContext& c) {
    return c.exercise ? prefix + c.exercise->id : std::string();
}

std::string number_clip(int n) { return kNumberPrefix + std::to_string(n); }

bool is_breath_word(const std::string& clip) { return clip == "breathe-in" || clip == "breathe-out"; }

// The part of `id` after `prefix`, or empty when it does not start so.
std::string after(const std::string& id, const std::string& prefix) {
    return id.compare(0, prefix.size(), prefix) == 0 ? id.substr(prefix.size()) : std::string();
}

}  // namespace

const std::vector<std::string>& required_phrases() {
    static const std::vector<std::string> ids = {"next",      "breathe-in",     "breathe-out",     "keep-breathing",
                                                 "halfway",   "switch-to-left", "switch-to-right", "rest",
                                                 "well-done", "exercise-done",  "exercises-done"};
    return ids;
}

Urgency urgency(Cue cue) {
    switch (cue) {
        case Cue::BreatheIn:
        case Cue::BreatheOut: return Urgency::Breath;
        case Cue::Count3:
        case Cue::Count2:
        case Cue::Count1: return Urgency::Count;
        default: return Urgency::Coaching;
    }
}

std::vector<std::string> cue_clips(Cue cue, const CueContext& c) {
    switch (cue) {
        case Cue::NextUp: {
            std::vector<std::string> clips;
            if (!c.first) clips.push_back("next");
            clips.push_back(exercise_clip(kNamePrefix, c));
            clips.push_back(exercise_clip(kSetupPrefix, c));
            return clips;
        }
        case Cue::BreatheIn:
            if (c.count_reps && !c.in_hold && c.breath > 0) return {"breathe-in", number_clip(c.breath)};
            return {"breathe-in"};
        case Cue::BreatheOut: return {"breathe-out"};
        case Cue::KeepBreathing: return {"keep-breathing"};
        case Cue::Halfway: return {"halfway"};
        case Cue::Form: return {exercise_clip(kFormPrefix, c)};
        case Cue::Count3: return {number_clip(3)};
        case Cue::Count2: return {number_clip(2)};
        case Cue::Count1: return {number_clip(1)};
        case Cue::SwitchSides: return {std::string("switch-to-") + side_name(c.side)};
        case Cue::Rest: return {"rest"};
        case Cue::Complete:
            if (c.exercises_done <= 0) return {"well-done"};
            return {"well-done", number_clip(c.exercises_done), c.exercises_done == 1 ? "exercise-done" : "exercises-done"};
    }
    return {};
}

std::vector<std::string> spoken_clips(Cue cue, const CueContext& c) {
    std::vector<std::string> clips = cue_clips(cue, c);
    if (c.in_hold || c.breath <= kSpokenBreaths) return clips;
    std::vector<std::string> spoken;
    for (std::string& clip : clips)
        if (!is_breath_word(clip)) spoken.push_back(std::move(clip));
    return spoken;
}

std::string phrase_text(const Catalog& catalog, const std::string& id) {
    if (auto it = catalog.phrases.find(id); it != catalog.phrases.end()) return it->second;
    if (const std::string n = after(id, kNumberPrefix); !n.empty()) {
        for (size_t i = 0; i < catalog.numbers.size(); ++i)
            if (n == std::to_string(i + 1)) return catalog.numbers[i];
        return {};
    }
    for (const Exercise& e : catalog.exercises) {
        if (after(id, kNamePrefix) == e.id) return e.name + ".";
        if (after(id, kSetupPrefix) == e.id) return e.setup_line;
        if (after(id, kFormPrefix) == e.id) return e.form_line;
    }
    return {};
}

std::string cue_caption(const Catalog& catalog, Cue cue, const CueContext& context) {
    std::string caption;
    for (const std::string& clip : cue_clips(cue, context)) {
        const std::string words = phrase_text(catalog, clip);
        if (words.empty()) continue;
        caption += (caption.empty() ? "" : " ") + words;
    }
    return caption;
}

std::vector<Phrase> phrase_table(const Catalog& catalog) {
    std::vector<Phrase> table;
    for (const std::string& id : required_phrases()) table.push_back({id, phrase_text(catalog, id)});
    for (size_t i = 0; i < catalog.numbers.size(); ++i)
        table.push_back({number_clip(static_cast<int>(i) + 1), catalog.numbers[i]});
    for (const Exercise& e : catalog.exercises) {
        table.push_back({kNamePrefix + e.id, e.name + "."});
        table.push_back({kSetupPrefix + e.id, e.setup_line});
        table.push_back({kFormPrefix + e.id, e.form_line});
    }
    return table;
}

}  // namespace limber
