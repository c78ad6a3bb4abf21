#include "catalog.h"

#include <nlohmann/json.hpp>

namespace limber {

namespace {

using Json = nlohmann::json;

// Longest hold or rep pace a desk break could sensibly ask for.
constexpr int kMaxHoldSeconds = 600;
constexpr int kMaxReps = 100;
constexpr int kMaxSets = 10;
constexpr int kMinPhaseMs = 500;
constexpr int kMaxPhaseMs = 20000;

struct Reader {
    std::string_view file;
    std::string where;
    std::string error;

    bool fail(const std::string& field, const std::string& what) {
        if (error.empty()) error = std::string(file) + ": " + where + ": field '" + field + "' " + what;
        return false;
    }

    bool text(const Json& obj, const char* key, std::string& out) {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
            return fail(key, "must be a non-empty string");
        out = it->get<std::string>();
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

    bool dose(const Json& obj, Dose& out) {
        if (!obj.is_object()) return fail("dose", "must be an object");
        if (!integer(obj, "reps", 0, kMaxReps, out.reps, false)) return false;
        if (!integer(obj, "holdSeconds", 0, kMaxHoldSeconds, out.hold_s, false)) return false;
        if (!integer(obj, "sets", 1, kMaxSets, out.sets, false)) return false;
        if ((out.reps > 0) == (out.hold_s > 0)) return fail("dose", "needs exactly one of reps or holdSeconds");
        if (auto it = obj.find("perSide"); it != obj.end()) {
            if (!it->is_boolean()) return fail("perSide", "must be true or false");
            out.per_side = it->get<bool>();
        }
        return true;
    }

    bool exercise(const Json& obj, Exercise& out) {
        if (!obj.is_object()) return fail("exercises", "entries must be objects");
        if (!text(obj, "id", out.id)) return false;
        where = "exercise '" + out.id + "'";
        if (!text(obj, "name", out.name)) return false;
        auto steps = obj.find("steps");
        if (steps == obj.end() || !steps->is_array() || steps->empty()) return fail("steps", "must list at least one step");
        for (const auto& step : *steps) {
            if (!step.is_string() || step.get_ref<const std::string&>().empty())
                return fail("steps", "must be non-empty strings");
            out.steps.push_back(step.get<std::string>());
        }
        auto d = obj.find("dose");
        if (d == obj.end()) return fail("dose", "is missing");
        if (!dose(*d, out.dose)) return false;
        auto t = obj.find("tempo");
        if (t == obj.end() || !t->is_object()) return fail("tempo", "must be an object");
        return integer(*t, "inMs", kMinPhaseMs, kMaxPhaseMs, out.tempo.in_ms, true) &&
               integer(*t, "outMs", kMinPhaseMs, kMaxPhaseMs, out.tempo.out_ms, true);
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
            if (auto d = item.find("dose"); d != item.end() && !dose(*d, ri.dose)) return false;
            out.items.push_back(ri);
        }
        return true;
    }
};

}  // namespace

const Routine* Catalog::find_routine(const std::string& id) const {
    for (const auto& r : routines)
        if (r.id == id) return &r;
    return nullptr;
}

int Catalog::find_exercise(const std::string& id) const {
    for (size_t i = 0; i < exercises.size(); ++i)
        if (exercises[i].id == id) return static_cast<int>(i);
    return -1;
}

CatalogLoad load_catalog(std::string_view json_text, std::string_view file_name) {
    CatalogLoad result;
    Reader r{file_name, "top level", {}};
    const Json doc = Json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (doc.is_discarded()) {
        result.error = std::string(file_name) + ": not valid JSON";
        return result;
    }
    if (!doc.is_object()) {
        r.fail("(document)", "must be an object");
    } else if (auto v = doc.find("version"); v == doc.end() || !v->is_number_integer() || v->get<long long>() != 1) {
        r.fail("version", "must be 1");
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
            for (size_t i = 0; r.error.empty() && i < routines->size(); ++i) {
                Routine ro;
                if (r.routine((*routines)[i], result.catalog, ro)) result.catalog.routines.push_back(std::move(ro));
            }
        }
    }
    if (!r.error.empty()) {
        result.catalog = {};
        result.error = r.error;
    }
    return result;
}

}  // namespace limber
