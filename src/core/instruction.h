// What the player tells the user at one moment, in words: the one instruction, what the
// big countdown counts, and what comes after this exercise. The page shows these as
// they are, so the readout never names two different things at once. The words are the
// catalog's (its "readout"), so a language pack translates them.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "exercise.h"
#include "session.h"

namespace limber {

// The keys of the catalog's readout words, each required: the words the core writes,
// the player's readout and its messages to the person (the builder's, a link's, a dose
// brought into range), so that a language pack gives them all.
const std::vector<std::string>& readout_keys();

// The catalog's readout words for `key`, each {name} replaced by its value.
std::string readout_words(const Catalog& catalog, const std::string& key,
                          std::initializer_list<std::pair<const char*, std::string>> fill = {});

// Fills s.instruction, s.countdown_s, s.countdown_label and s.next_up from the phase,
// breath, set and exercise fields already in `s`; `exercise` is the one being done.
void describe(State& s, const Exercise& exercise, const Catalog& catalog);

}  // namespace limber
