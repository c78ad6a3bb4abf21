#include "link.h"

#include <algorithm>
#include <vector>

#include "instruction.h"

namespace limber {

namespace {

constexpr std::string_view kVersion = "v1";

bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
           c == '~';
}

std::string percent_encode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (unreserved(c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// Well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF). Names and
// messages go to the page as JSON, which holds only UTF-8 text.
bool valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (len == 0 || i + len > text.size()) return false;
        unsigned cp = len == 1 ? c : c & (0x7f >> len);
        for (size_t k = 1; k < len; ++k) {
            const unsigned char next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (next & 0x3f);
        }
        static constexpr unsigned kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kLeast[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        i += len;
    }
    return true;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes %XX escapes; names must be printable (no control characters).
bool percent_decode(const Catalog& catalog, std::string_view text, std::string& out, std::string& error) {
    out.clear();
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '%') {
            if (i + 2 >= text.size()) {
                error = readout_words(catalog, "escapeCut", {{"at", std::to_string(i + 1)}});
                return false;
            }
            const int hi = hex_value(text[i + 1]), lo = hex_value(text[i + 2]);
            if (hi < 0 || lo < 0) {
                error = readout_words(catalog, "escapeNotHex", {{"at", std::to_string(i + 1)}});
                return false;
            }
            c = static_cast<unsigned char>(hi * 16 + lo);
            i += 2;
        }
        if (c < 0x20 || c == 0x7f) {
            error = readout_words(catalog, "escapeControl");
            return false;
        }
        out += static_cast<char>(c);
    }
    if (!valid_utf8(out)) {
        error = readout_words(catalog, "escapeNotUtf8");
        return false;
    }
    return true;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == sep) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// A small positive number: 1 to 4 digits, nothing else.
bool small_number(std::string_view text, int& out) {
    if (text.empty() || text.size() > 4) return false;
    out = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

bool ends_with(std::string_view text, std::string_view tail) {
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

// A dose outside the exercise's range is brought to its nearest end, with a notice for each
// change: links made before the ranges were kept, or by hand, still open (docs/links.md).
std::string decode_item(const Catalog& catalog, std::string_view item, RoutineItem& out, std::vector<std::string>& notices) {
    const std::vector<std::string_view> fields = split(item, '.');
    const std::string id(fields[0]);
    out.exercise = catalog.find_exercise(id);
    if (out.exercise < 0) return readout_words(catalog, "linkNoExercise", {{"id", id}});
    const Exercise& ex = catalog.exercises[static_cast<size_t>(out.exercise)];
    out.dose = ex.dose;
    bool reps = false, hold = false, sets = false, sides = false;
    for (size_t i = 1; i < fields.size(); ++i) {
        const std::string_view f = fields[i];
        int n = 0;
        if (ends_with(f, "reps") && small_number(f.substr(0, f.size() - 4), n)) {
            if (ex.dose.reps == 0) return readout_words(catalog, "linkHoldNotReps", {{"id", ex.id}});
            if (reps) return readout_words(catalog, "linkRepsTwice");
            out.dose.reps = n;
            reps = true;
        } else if (ends_with(f, "s") && small_number(f.substr(0, f.size() - 1), n)) {
            if (ex.dose.hold_s == 0) return readout_words(catalog, "linkRepsNotHold", {{"id", ex.id}});
            if (hold) return readout_words(catalog, "linkHoldTwice");
            out.dose.hold_s = n;
            hold = true;
        } else if (!f.empty() && f[0] == 'x' && small_number(f.substr(1), n)) {
            if (sets) return readout_words(catalog, "linkSetsTwice");
            out.dose.sets = n;
            sets = true;
        } else if (f == "sides" || f == "oneside") {
            if (sides) return readout_words(catalog, "linkSidesTwice");
            out.dose.per_side = f == "sides";
            sides = true;
        } else {
            return readout_words(catalog, "linkNotDose", {{"part", std::string(f)}});
        }
    }
    if (std::string why = dose_problem(catalog, out.dose); !why.empty()) return why;
    // A rep-counted, held exercise given no reps or no hold would lose it on the way back
    // out: the link names only what differs from the exercise's dose.
    if (std::string why = shape_problem(catalog, ex, out.dose); !why.empty()) return why;
    for (const RangeMiss& miss : range_misses(ex, out.dose)) notices.push_back(range_message(catalog, ex, miss, true));
    out.dose = within_range(ex, out.dose);
    return {};
}

}  // namespace

std::string encode_builtin_link(const Routine& routine) {
    return std::string(kVersion) + "/routine/" + percent_encode(routine.id);
}

std::string encode_custom_link(const Catalog& catalog, const Routine& routine) {
    std::string out = std::string(kVersion) + "/custom/" + percent_encode(routine.name) + "/";
    for (size_t i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& item = routine.items[i];
        const Exercise& ex = catalog.exercises[static_cast<size_t>(item.exercise)];
        if (i > 0) out += ',';
        out += ex.id;
        if (item.dose.reps != ex.dose.reps && item.dose.reps > 0) out += "." + std::to_string(item.dose.reps) + "reps";
        if (item.dose.hold_s != ex.dose.hold_s && item.dose.hold_s > 0) out += "." + std::to_string(item.dose.hold_s) + "s";
        if (item.dose.sets != ex.dose.sets) out += ".x" + std::to_string(item.dose.sets);
        if (item.dose.per_side != ex.dose.per_side) out += item.dose.per_side ? ".sides" : ".oneside";
    }
    return out;
}

std::string encode_link(const Catalog& catalog, const Routine& routine) {
    auto same = [](const RoutineItem& a, const RoutineItem& b) {
        return a.exercise == b.exercise && a.dose.reps == b.dose.reps && a.dose.hold_s == b.dose.hold_s &&
               a.dose.sets == b.dose.sets && a.dose.per_side == b.dose.per_side;
    };
    const Routine* shipped = catalog.find_routine(routine.id);
    if (shipped && shipped->name == routine.name &&
        std::equal(shipped->items.begin(), shipped->items.end(), routine.items.begin(), routine.items.end(), same))
        return encode_builtin_link(routine);
    return encode_custom_link(catalog, routine);
}

LinkDecode decode_link(const Catalog& catalog, std::string_view text) {
    LinkDecode result;
    if (!text.empty() && text[0] == '#') text.remove_prefix(1);
    if (text.size() > kMaxLinkLength) {
        result.error =
            readout_words(catalog, "linkTooLong", {{"n", std::to_string(text.size())}, {"max", std::to_string(kMaxLinkLength)}});
        return result;
    }
    if (!valid_utf8(text)) {
        result.error = readout_words(catalog, "linkNotText");
        return result;
    }
    const std::vector<std::string_view> parts = split(text, '/');
    if (parts[0] != kVersion) {
        int number = 0;
        const bool versioned = parts[0].size() >= 2 && parts[0][0] == 'v' && small_number(parts[0].substr(1), number);
        result.error = versioned ? readout_words(catalog, "linkNewer", {{"version", std::string(parts[0])}})
                                 : readout_words(catalog, "linkNoVersion");
        return result;
    }
    if (parts.size() == 3 && parts[1] == "routine") {
        std::string id, problem;
        if (!percent_decode(catalog, parts[2], id, problem)) {
            result.error = readout_words(catalog, "linkRoutineId", {{"problem", problem}});
        } else if (const Routine* r = catalog.find_routine(id)) {
            result.routine = *r;
            result.builtin = true;
        } else {
            result.error = readout_words(catalog, "linkNoRoutine", {{"id", id}});
        }
        return result;
    }
    if (parts.size() != 4 || parts[1] != "custom") {
        result.error = readout_words(catalog, "linkShape");
        return result;
    }
    std::string problem;
    if (!percent_decode(catalog, parts[2], result.routine.name, problem)) {
        result.error = readout_words(catalog, "linkRoutineName", {{"problem", problem}});
        return result;
    }
    if (result.routine.name.empty() || result.routine.name.size() > kMaxRoutineNameBytes) {
        result.error = readout_words(catalog, "linkNameLength", {{"max", std::to_string(kMaxRoutineNameBytes)}});
        return result;
    }
    result.routine.id = "custom";
    const std::vector<std::string_view> items = split(parts[3], ',');
    if (items.size() > kMaxLinkItems) {
        result.error =
            readout_words(catalog, "linkTooMany", {{"n", std::to_string(items.size())}, {"max", std::to_string(kMaxLinkItems)}});
        return result;
    }
    for (size_t i = 0; i < items.size(); ++i) {
        RoutineItem item;
        if (std::string why = decode_item(catalog, items[i], item, result.notices); !why.empty()) {
            result.error = readout_words(catalog, "linkItem",
                                         {{"n", std::to_string(i + 1)}, {"item", std::string(items[i])}, {"problem", why}});
            result.routine = {};
            result.notices.clear();
            return result;
        }
        result.routine.items.push_back(item);
    }
    return result;
}

}  // namespace limber
