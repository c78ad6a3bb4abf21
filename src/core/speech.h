// What the coach says for a cue: clip ids whose words are in the catalog (its phrase
// table, each exercise's name and coaching lines), so a caption and the voice sheet
// are built from the same words. In reps the breath words are spoken for the first
// breaths of a set only and the tones carry the pace after that; in a hold, where
// nothing else marks the breath, they are spoken every breath.
#pragma once

#include <string>
#include <vector>

#include "exercise.h"
#include "timeline.h"

namespace limber {

constexpr int kSpokenBreaths = 2;

struct CueContext {
    const Exercise* exercise = nullptr;  // the cue's exercise (next up: the coming one)
    Side side = Side::None;
    bool in_hold = false;     // a breath cue inside a hold
    int breath = 0;           // 1-based breath within its work segment (the rep, in reps)
    bool first = false;       // the routine's first cue: no "next" before the first exercise
    bool count_reps = false;  // the rep's number is said on its in-breath
    int exercises_done = 0;   // at the end: how many exercises were done, not skipped
};

// A phrase that cuts in on the voice takes it from anything less urgent; one that meets
// a phrase as urgent or more still playing is left unsaid (its caption still shows).
enum class Urgency { Breath, Count, Coaching };
Urgency urgency(Cue cue);

// Every word of the cue, as clip ids: what its caption shows.
std::vector<std::string> cue_clips(Cue cue, const CueContext& context);
// What the voice says of them: all but the breath words a rep set no longer speaks.
std::vector<std::string> spoken_clips(Cue cue, const CueContext& context);
// The caption: the clips' words, in order.
std::string cue_caption(const Catalog& catalog, Cue cue, const CueContext& context);

struct Phrase {
    std::string id;
    std::string text;
};
// Every clip the coach can say with this catalog, each once: the voice sheet's contents.
std::vector<Phrase> phrase_table(const Catalog& catalog);
// The words of one clip; empty for an id the catalog cannot say.
std::string phrase_text(const Catalog& catalog, const std::string& id);

// The fixed phrases the coach needs from the catalog's phrase table.
const std::vector<std::string>& required_phrases();

}  // namespace limber
