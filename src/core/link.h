// Bookmarkable links: a routine written into the URL fragment and read back exactly.
//
//   v1/routine/<id>                          a built-in routine
//   v1/custom/<name>/<item>,<item>,...       any list of catalog exercises
//   item = <exercise-id>[.<n>reps][.<n>s][.x<n>][.sides | .oneside]
//
// .<n>s is a hold's length, or for reps each held (the squeeze) each rep's hold; a
// link from before reps could be held still reads, each rep held for the default.
// An item names only what differs from the exercise's own dose; a dose outside the
// exercise's range plays at the range's nearest end, with a notice. The name is
// percent-encoded UTF-8. See docs/links.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "exercise.h"

namespace limber {

constexpr size_t kMaxLinkLength = 4000;
constexpr size_t kMaxLinkItems = 40;
constexpr size_t kMaxRoutineNameBytes = 80;

struct LinkDecode {
    Routine routine;
    bool builtin = false;
    std::string error;  // what is wrong and where; empty on success
    // Each dose of a custom link brought inside its exercise's range, in words
    // (range_message): "Cat-cow takes 10 to 15 reps (the articles' range); this link
    // asked for 40, so it plays 15." The routine holds the doses it plays.
    std::vector<std::string> notices;
    bool ok() const { return error.empty(); }
};

std::string encode_builtin_link(const Routine& routine);
std::string encode_custom_link(const Catalog& catalog, const Routine& routine);
// The link a routine is shared by: a built-in routine's own link when it is one of the
// catalog's routines as shipped, else a custom link naming every exercise.
std::string encode_link(const Catalog& catalog, const Routine& routine);
LinkDecode decode_link(const Catalog& catalog, std::string_view text);

}  // namespace limber
