#include "speech.h"

#include <charconv>
#include <string_view>

namespace limber {

namespace {

constexpr std::string_view kNamePrefix = "name-";
constexpr std::string_view kSetupPrefix = "setup-";
constexpr std::string_view kFormPrefix = "form-";
constexpr std::string_view kNumberPrefix = "number-";

std::string exercise_clip(std::string_view prefix, const CueContext& c) {
    return c.exercise ? std::string(prefix) + c.exercise->id : std::string();
}

std::string number_clip(int n) { return std::string(kNumberPrefix) + std::to_string(n); }

bool is_breath_word(const std::string& clip) { return clip == "breathe-in" || clip == "breathe-out"; }

// Whether `id` is `prefix` followed by `name`. Captions are looked up every drawn frame,
// so this compares in place rather than cutting strings.
bool is_clip(std::string_view id, std::string_view prefix, std::string_view name) {
    return id.size() == prefix.size() + name.size() && id.substr(0, prefix.size()) == prefix && id.substr(prefix.size()) == name;
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
            // "One exercise done." is a phrase of its own: a count word before a singular
            // noun changes form in many languages (German "eine Übung", not "eins").
            if (c.exercises_done == 1) return {"well-done", "exercise-done"};
            return {"well-done", number_clip(c.exercises_done), "exercises-done"};
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
    const std::string_view clip(id);
    if (clip.substr(0, kNumberPrefix.size()) == kNumberPrefix) {
        const std::string_view digits = clip.substr(kNumberPrefix.size());
        size_t n = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (error != std::errc() || end != digits.data() + digits.size() || n == 0 || n > catalog.numbers.size()) return {};
        return catalog.numbers[n - 1];
    }
    for (const Exercise& e : catalog.exercises) {
        if (is_clip(clip, kNamePrefix, e.id)) return e.name + ".";
        if (is_clip(clip, kSetupPrefix, e.id)) return e.setup_line;
        if (is_clip(clip, kFormPrefix, e.id)) return e.form_line;
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
        table.push_back({exercise_clip(kNamePrefix, {&e}), e.name + "."});
        table.push_back({exercise_clip(kSetupPrefix, {&e}), e.setup_line});
        table.push_back({exercise_clip(kFormPrefix, {&e}), e.form_line});
    }
    return table;
}

}  // namespace limber
