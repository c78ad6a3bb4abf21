#include "catalog.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "field_reader.h"
#include "instruction.h"
#include "json_text.h"
#include "speech.h"

namespace limber {

namespace {

using Json = nlohmann::json;

constexpr int kMinPhaseMs = 500;
constexpr int kMaxPhaseMs = 20000;

constexpr Position kPositions[] = {Position::Standing, Position::Seated, Position::AllFours, Position::Kneeling,
                                   Position::Lying,    Position::Wall,   Position::Doorway};
constexpr Equipment kEquipment[] = {
    Equipment::None,           Equipment::Chair, Equipment::Wall, Equipment::Doorway, Equipment::FoamRollerOrTowel,
    Equipment::BandOrDumbbells};
constexpr Kind kKinds[] = {Kind::Stretch, Kind::Mobility, Kind::Strength};
constexpr Framing kFramings[] = {Framing::Whole, Framing::UpperBody};

template <typename E, size_t N>
bool lookup(const std::string& text, const E (&values)[N], const char* (*name)(E), E& out) {
    for (E v : values)
        if (text == name(v)) {
            out = v;
            return true;
        }
    return false;
}

// Reads one catalog file.
struct Reader : FieldReader {
    bool texts(const Json& obj, const char* key, std::vector<std::string>& out) {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_array() || it->empty()) return fail(key, "must list at least one entry");
        for (const auto& item : *it) {
            if (!item.is_string() || item.get_ref<const std::string&>().empty())
                return fail(key, "entries must be non-empty strings");
            out.push_back(item.get<std::string>());
        }
        return true;
    }

    bool integer(const Json& obj, const char* key, int lo, int hi, int& out, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) return required ? fail(key, "is missing") : true;
        if (!it->is_number_integer()) return fail(key, "must be a whole number");
        const auto v = it->get<long long>();
        if (v < lo || v > hi)
            return fail(key, "is " + std::to_string(v) + ", outside " + std::to_string(lo) + ".." + std::to_string(hi));
        out = static_cast<int>(v);
        return true;
    }

    bool number(const Json& obj, const char* key, double lo, double hi, double& out) {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_number()) return fail(key, "must be a number");
        const double v = it->get<double>();
        if (!(v >= lo && v <= hi)) return fail(key, "is " + it->dump() + ", outside " + Json(lo).dump() + ".." + Json(hi).dump());
        out = v;
        return true;
    }

    bool camera(const Json& obj, CameraAngle& out) {
        auto it = obj.find("camera");
        if (it == obj.end() || !it->is_object()) return fail("camera", "must be an object with yaw, pitch and distance");
        const std::string outer = where;
        where += ", camera";
        const bool ok = number(*it, "yaw", -kCameraYawMax, kCameraYawMax, out.yaw) &&
                        number(*it, "pitch", kCameraPitchMin, kCameraPitchMax, out.pitch) &&
                        number(*it, "distance", kCameraDistanceMin, kCameraDistanceMax, out.distance) &&
                        (!it->contains("framing") || choice(*it, "framing", kFramings, framing_name, out.framing));
        where = outer;
        return ok;
    }

    template <typename E, size_t N>
    bool choice(const Json& obj, const char* key, const E (&values)[N], const char* (*name)(E), E& out) {
        std::string value;
        if (!text(obj, key, value)) return false;
        if (lookup(value, values, name, out)) return true;
        std::string allowed;
        for (E v : values) allowed += std::string(allowed.empty() ? "" : ", ") + name(v);
        return fail(key, "is '" + value + "', not one of " + allowed);
    }

    // The words for every value (but `unnamed`) of a catalog field, as {"value": "words"}.
    template <typename E, size_t N>
    bool words(const Json& doc, const char* key, const E (&values)[N], const char* (*name)(E), std::map<E, std::string>& out,
               std::optional<E> unnamed = std::nullopt) {
        auto it = doc.find(key);
        if (it == doc.end() || !it->is_object()) return fail(key, "must be an object giving the words for each value");
        for (const auto& [value, text] : it->items()) {
            E e{};
            if (!lookup(value, values, name, e) || e == unnamed)
                return fail(key, "names '" + value + "', which no exercise can have");
            if (!text.is_string() || text.template get_ref<const std::string&>().empty())
                return fail(key, "must give '" + value + "' a non-empty string");
            out[e] = text.template get<std::string>();
        }
        for (E v : values)
            if (v != unnamed && !out.count(v)) return fail(key, "gives no words for '" + std::string(name(v)) + "'");
        return true;
    }

    // The page's words for positions, equipment and kinds, read after the entries.
    bool page_words(const Json& doc, Catalog& out) {
        where = "top level";
        return words(doc, "positions", kPositions, position_name, out.position_words) &&
               words(doc, "equipment", kEquipment, equipment_name, out.equipment_words,
                     std::optional<Equipment>(Equipment::None)) &&
               words(doc, "kinds", kKinds, kind_name, out.kind_words);
    }

    bool safety(const Json& doc, SafetyNote& out) {
        where = "top level";
        auto it = doc.find("safety");
        if (it == doc.end() || !it->is_object())
            return fail("safety", "must be an object: the note shown before the first routine");
        where = "safety";
        return text(*it, "title", out.title) && texts(*it, "advice", out.advice) && text(*it, "warning", out.warning) &&
               texts(*it, "warningSigns", out.warning_signs);
    }

    // The coach's fixed words: exactly the phrases speech.h asks for, and numbers enough
    // to count the longest rep range and the last three seconds.
    bool speech(const Json& doc, Catalog& out) {
        where = "top level";
        auto it = doc.find("speech");
        if (it == doc.end() || !it->is_object()) return fail("speech", "must be an object with the coach's phrases and numbers");
        where = "speech";
        auto phrases = it->find("phrases");
        if (phrases == it->end() || !phrases->is_object()) return fail("phrases", "must be an object of clip id to words");
        for (const std::string& id : required_phrases())
            if (!phrases->contains(id)) return fail("phrases", "gives no words for '" + id + "'");
        for (const auto& [id, words] : phrases->items()) {
            const auto& needed = required_phrases();
            if (std::find(needed.begin(), needed.end(), id) == needed.end())
                return fail("phrases", "has '" + id + "', which the coach never says");
            if (!words.is_string() || words.get_ref<const std::string&>().empty())
                return fail("phrases", "must give '" + id + "' a non-empty string");
            out.phrases[id] = words.get<std::string>();
        }
        if (!texts(*it, "numbers", out.numbers)) return false;
        size_t needed = 3;
        for (const Exercise& e : out.exercises) needed = std::max(needed, static_cast<size_t>(e.range.reps_max));
        if (out.numbers.size() < needed)
            return fail("numbers", "must count to " + std::to_string(needed) + ", the longest rep range");
        return true;
    }

    // The words the core writes (the player's readout, the routine view's frequency line,
    // the builder's and a link's messages): exactly the keys instruction.h asks for.
    bool readout(const Json& doc, Catalog& out) {
        where = "top level";
        auto it = doc.find("readout");
        if (it == doc.end() || !it->is_object()) return fail("readout", "must be an object of the player's words by key");
        where = "readout";
        const auto& keys = readout_keys();
        for (const std::string& key : keys)
            if (!text(*it, key.c_str(), out.readout[key])) return false;
        for (const auto& [key, words] : it->items())
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) return fail(key, "is not a word the core writes");
        return true;
    }

    bool dose(const Json& obj, Dose& out) {
        if (!obj.is_object()) return fail("dose", "must be an object");
        Dose d;
        if (!integer(obj, "reps", 0, kMaxReps, d.reps, false)) return false;
        if (!integer(obj, "holdSeconds", 0, kMaxHoldSeconds, d.hold_s, false)) return false;
        if (!integer(obj, "sets", 1, kMaxSets, d.sets, false)) return false;
        if (auto it = obj.find("perSide"); it != obj.end()) {
            if (!it->is_boolean()) return fail("perSide", "must be true or false");
            d.per_side = it->get<bool>();
        }
        // The bounds are integer()'s; the words for dose_problem are not read yet.
        if (d.reps == 0 && d.hold_s == 0) return fail("dose", "needs reps or holdSeconds");
        out = d;
        return true;
    }

    bool range(const Json& obj, const Dose& dose, DoseRange& out) {
        if (!obj.is_object()) return fail("range", "must be an object");
        // Each amount the dose counts has its range, and only those.
        auto amount = [&](bool counted, const char* min_key, const char* max_key, int limit, int value, int& lo, int& hi) {
            if (!counted) {
                if (obj.contains(min_key) || obj.contains(max_key))
                    return fail("range", std::string("gives ") + min_key + " to a dose without it");
                return true;
            }
            if (!integer(obj, min_key, 1, limit, lo, true) || !integer(obj, max_key, 1, limit, hi, true)) return false;
            if (lo > hi || value < lo || value > hi) return fail("range", "must run from min to max and hold the default dose");
            return true;
        };
        if (!amount(dose.reps > 0, "repsMin", "repsMax", kMaxReps, dose.reps, out.reps_min, out.reps_max) ||
            !amount(dose.hold_s > 0, "holdMin", "holdMax", kMaxHoldSeconds, dose.hold_s, out.hold_min, out.hold_max))
            return false;
        out.sets_min = out.sets_max = dose.sets;
        if (!integer(obj, "setsMin", 1, kMaxSets, out.sets_min, false) ||
            !integer(obj, "setsMax", 1, kMaxSets, out.sets_max, false))
            return false;
        if (out.sets_min > out.sets_max || dose.sets < out.sets_min || dose.sets > out.sets_max)
            return fail("range", "sets must run from setsMin to setsMax and hold the default");
        return true;
    }

    bool exercise(const Json& obj, Exercise& out) {
        if (!obj.is_object()) return fail("exercises", "entries must be objects");
        if (!text(obj, "id", out.id)) return false;
        where = "exercise '" + out.id + "'";
        static constexpr Frequency frequencies[] = {Frequency::Daily, Frequency::ThreeToFourPerWeek};
        if (!text(obj, "name", out.name) || !text(obj, "purpose", out.purpose) || !texts(obj, "steps", out.steps) ||
            !choice(obj, "position", kPositions, position_name, out.position) ||
            !choice(obj, "equipment", kEquipment, equipment_name, out.equipment) ||
            !choice(obj, "kind", kKinds, kind_name, out.kind) || !camera(obj, out.camera))
            return false;
        // The picture's foot is at the standing hips; seated or on the floor, they are far lower.
        if (out.camera.framing == Framing::UpperBody && place_of(out.position) != Place::Standing)
            return fail("camera", "frames the upper body, which only a standing exercise can");
        auto d = obj.find("dose");
        if (d == obj.end()) return fail("dose", "is missing");
        if (!dose(*d, out.dose)) return false;
        auto r = obj.find("range");
        if (r == obj.end()) return fail("range", "is missing");
        if (!range(*r, out.dose, out.range)) return false;
        std::string source;
        if (!text(obj, "doseSource", source)) return false;
        if (source != "articles" && source != "limber") return fail("doseSource", "must be 'articles' or 'limber'");
        out.dose_from_articles = source == "articles";
        auto t = obj.find("tempo");
        if (t == obj.end() || !t->is_object()) return fail("tempo", "must be an object");
        if (!integer(*t, "inMs", kMinPhaseMs, kMaxPhaseMs, out.tempo.in_ms, true) ||
            !integer(*t, "outMs", kMinPhaseMs, kMaxPhaseMs, out.tempo.out_ms, true))
            return false;
        // Only a held rep keeps still at its peak, so only held reps must say where that is.
        static constexpr Peak peaks[] = {Peak::In, Peak::Out};
        if (t->contains("peak") || (out.dose.reps > 0 && out.dose.hold_s > 0)) {
            const std::string outer = where;
            where += " tempo";
            const bool ok = choice(*t, "peak", peaks, peak_name, out.tempo.peak);
            where = outer;
            if (!ok) return false;
        }
        auto b = obj.find("breathing");
        if (b == obj.end() || !b->is_object()) return fail("breathing", "must say what happens on the in- and out-breath");
        if (!text(*b, "in", out.breath_in) || !text(*b, "out", out.breath_out) || !texts(obj, "cautions", out.cautions) ||
            !choice(obj, "frequency", frequencies, frequency_name, out.frequency) || !texts(obj, "sources", out.sources))
            return false;
        auto c = obj.find("coach");
        if (c == obj.end() || !c->is_object()) return fail("coach", "must give the coach's setup and form lines");
        if (!text(*c, "setup", out.setup_line) || !text(*c, "form", out.form_line)) return false;
        return provenance(obj, out);
    }

    // Where each dose and frequency comes from: every exercise says it, so none is silent.
    bool provenance(const Json& obj, Exercise& out) {
        auto p = obj.find("provenance");
        if (p == obj.end() || !p->is_object()) return fail("provenance", "must say where the dose and the frequency come from");
        if (!text(*p, "dose", out.dose_note) || !text(*p, "frequency", out.frequency_note)) return false;
        if (p->contains("choices") && !texts(*p, "choices", out.choices)) return false;
        return true;
    }

    // A routine's dose keeps inside the exercise's range, or goes below it with a reason
    // the player shows as "shortened"; above it, or a reason for a dose inside it, is a mistake.
    bool in_range(const Json& item, const Catalog& catalog, const Exercise& e, RoutineItem& ri) {
        const RangeMiss miss = range_miss(e, ri.dose);
        const bool marked = item.contains("shortened");
        if (marked && !text(item, "shortened", ri.shortened)) return false;
        if (!miss.empty() && !miss.below())
            return fail("items", e.id + " goes above its range: " + range_message(catalog, e, miss));
        if (!miss.empty() && !marked)
            return fail("items", e.id + " goes below its range without a 'shortened' reason: " + range_message(catalog, e, miss));
        if (miss.empty() && marked) return fail("items", e.id + " is marked shortened but keeps its range");
        return true;
    }

    bool routine(const Json& obj, const Catalog& catalog, Routine& out) {
        if (!obj.is_object()) return fail("routines", "entries must be objects");
        if (!text(obj, "id", out.id)) return false;
        where = "routine '" + out.id + "'";
        if (!text(obj, "name", out.name) || !text(obj, "description", out.description)) return false;
        auto items = obj.find("items");
        if (items == obj.end() || !items->is_array() || items->empty()) return fail("items", "must list at least one exercise");
        for (const auto& item : *items) {
            std::string id;
            if (!item.is_object() || !text(item, "exercise", id)) return fail("items", "entries must name an exercise");
            RoutineItem ri;
            ri.exercise = catalog.find_exercise(id);
            if (ri.exercise < 0) return fail("items", "names unknown exercise '" + id + "'");
            ri.dose = catalog.exercises[static_cast<size_t>(ri.exercise)].dose;
            if (auto d = item.find("dose"); d != item.end()) {
                // An override names only what changes; the rest is the exercise's own dose.
                Json merged = {{"sets", ri.dose.sets}, {"perSide", ri.dose.per_side}};
                if (ri.dose.reps > 0) merged["reps"] = ri.dose.reps;
                if (ri.dose.hold_s > 0) merged["holdSeconds"] = ri.dose.hold_s;
                if (d->is_object()) merged.update(*d);
                if (!dose(d->is_object() ? merged : *d, ri.dose)) return false;
                const Exercise& ex = catalog.exercises[static_cast<size_t>(ri.exercise)];
                if (std::string why = shape_problem(catalog, ex, ri.dose); !why.empty()) return fail("dose", why);
            }
            if (!in_range(item, catalog, catalog.exercises[static_cast<size_t>(ri.exercise)], ri)) return false;
            out.items.push_back(ri);
        }
        return texts(obj, "sources", out.sources);
    }
};

}  // namespace

CatalogLoad load_catalog(std::string_view json_text, std::string_view file_name) {
    CatalogLoad result;
    Reader r;
    r.file = file_name;
    Json doc;
    if (std::string why = parse_limited(json_text, doc); !why.empty()) {
        result.error = std::string(file_name) + ": " + (doc.is_discarded() ? "not valid JSON" : why);
        return result;
    }
    if (!doc.is_object()) {
        r.fail("(document)", "must be an object");
    } else if (auto v = doc.find("version"); v == doc.end() || !v->is_number_integer() || v->get<long long>() != 1) {
        r.fail("version", "must be 1");
    } else if (doc.contains("language") && !r.text(doc, "language", result.catalog.language)) {
        // A catalog in another language's words (translated_catalog_text) names it; r.text said why not.
    } else {
        auto exercises = doc.find("exercises");
        auto routines = doc.find("routines");
        if (exercises == doc.end() || !exercises->is_array()) {
            r.fail("exercises", "must be a list");
        } else if (routines == doc.end() || !routines->is_array()) {
            r.fail("routines", "must be a list");
        } else {
            for (const auto& e : *exercises) {
                Exercise ex;
                if (!r.exercise(e, ex)) break;
                if (result.catalog.find_exercise(ex.id) >= 0) {
                    r.fail("id", "is used twice");
                    break;
                }
                result.catalog.exercises.push_back(std::move(ex));
            }
            // The words before the routines: a routine's dose outside its range is told in them.
            if (r.error.empty()) r.readout(doc, result.catalog);
            for (size_t i = 0; r.error.empty() && i < routines->size(); ++i) {
                Routine ro;
                if (!r.routine((*routines)[i], result.catalog, ro)) break;
                if (result.catalog.find_routine(ro.id)) {
                    r.fail("id", "is used twice");
                    break;
                }
                result.catalog.routines.push_back(std::move(ro));
            }
            if (r.error.empty() && r.page_words(doc, result.catalog) && r.safety(doc, result.catalog.safety))
                r.speech(doc, result.catalog);
        }
    }
    if (!r.error.empty()) {
        result.catalog = {};
        result.error = r.error;
    }
    return result;
}

}  // namespace limber
