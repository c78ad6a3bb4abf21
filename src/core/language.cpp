#include "language.h"

#include <initializer_list>

#include <nlohmann/json.hpp>

#include "catalog.h"
#include "field_reader.h"
#include "json_text.h"
#include "state_json.h"

namespace limber {

namespace {

using Json = nlohmann::json;

// Reads a pack against the English catalog.
struct Translator : FieldReader {
    const Json* object(const Json& obj, const std::string& key) {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_object()) {
            fail(key, "must be an object");
            return nullptr;
        }
        return &*it;
    }

    // A pack carries words only, so an object holds exactly the keys the English has.
    bool only(const Json& obj, std::initializer_list<const char*> keys) {
        for (const auto& [key, value] : obj.items()) {
            bool known = false;
            for (const char* k : keys) known = known || key == k;
            if (!known) return fail(key, "is not a text the English has");
        }
        return true;
    }

    // As many entries as the English, each in the same place.
    bool texts(const Json& obj, const char* key, std::vector<std::string>& out) {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_array() || it->size() != out.size())
            return fail(key, "must list " + std::to_string(out.size()) + " strings, as the English does");
        for (size_t i = 0; i < out.size(); ++i) {
            const Json& item = (*it)[i];
            if (!item.is_string() || item.get_ref<const std::string&>().empty())
                return fail(key, "entries must be non-empty strings");
            out[i] = item.get<std::string>();
        }
        return true;
    }

    // Words for each value the English names, keyed as catalog.json keys them.
    template <typename E>
    bool words(const Json& doc, const char* key, const char* (*name)(E), std::map<E, std::string>& out) {
        const Json* obj = object(doc, key);
        if (!obj) return false;
        if (obj->size() != out.size()) return fail(key, "must give words for exactly the values the English does");
        for (auto& [value, words] : out)
            if (!text(*obj, name(value), words)) return false;
        return true;
    }

    bool safety(const Json& doc, SafetyNote& out) {
        const Json* s = object(doc, "safety");
        if (!s) return false;
        where = "safety";
        return only(*s, {"title", "advice", "warning", "warningSigns"}) && text(*s, "title", out.title) &&
               texts(*s, "advice", out.advice) && text(*s, "warning", out.warning) &&
               texts(*s, "warningSigns", out.warning_signs);
    }

    // Words under exactly the English keys (clip ids, readout keys).
    bool keyed(const Json& obj, const char* key, std::map<std::string, std::string>& out) {
        const Json* words = object(obj, key);
        if (!words) return false;
        if (words->size() != out.size()) return fail(key, "must give words for exactly the English keys");
        for (auto& [id, text_out] : out)
            if (!text(*words, id.c_str(), text_out)) return false;
        return true;
    }

    bool speech(const Json& doc, Catalog& out) {
        const Json* s = object(doc, "speech");
        if (!s) return false;
        where = "speech";
        return only(*s, {"phrases", "numbers"}) && keyed(*s, "phrases", out.phrases) && texts(*s, "numbers", out.numbers);
    }

    bool readout(const Json& doc, Catalog& out) {
        where = "top level";
        return keyed(doc, "readout", out.readout);
    }

    bool exercise(const Json& obj, Exercise& out) {
        where = "exercise '" + out.id + "'";
        if (!obj.is_object()) return fail("(entry)", "must be an object");
        if (!only(obj, {"name", "purpose", "steps", "breathing", "coach", "cautions", "provenance"})) return false;
        const Json* breathing = object(obj, "breathing");
        const Json* coach = breathing ? object(obj, "coach") : nullptr;
        const Json* provenance = coach ? object(obj, "provenance") : nullptr;
        return provenance && text(obj, "name", out.name) && text(obj, "purpose", out.purpose) && texts(obj, "steps", out.steps) &&
               only(*breathing, {"in", "out"}) && text(*breathing, "in", out.breath_in) &&
               text(*breathing, "out", out.breath_out) && only(*coach, {"setup", "form"}) &&
               text(*coach, "setup", out.setup_line) && text(*coach, "form", out.form_line) &&
               texts(obj, "cautions", out.cautions) && sources(*provenance, out);
    }

    // Where the dose and frequency come from, with the choices exactly where the English has them.
    bool sources(const Json& obj, Exercise& out) {
        if (!only(obj, {"dose", "frequency", "choices"}) || !text(obj, "dose", out.dose_note) ||
            !text(obj, "frequency", out.frequency_note))
            return false;
        if (out.choices.empty()) return !obj.contains("choices") || fail("choices", "has words, but the English makes no choice");
        return texts(obj, "choices", out.choices);
    }

    // A routine's items carry words only where the English marks one shortened.
    bool routine(const Json& obj, Routine& out) {
        where = "routine '" + out.id + "'";
        if (!obj.is_object()) return fail("(entry)", "must be an object");
        if (!only(obj, {"name", "description", "items"}) || !text(obj, "name", out.name) ||
            !text(obj, "description", out.description))
            return false;
        bool any_shortened = false;
        for (const RoutineItem& item : out.items) any_shortened = any_shortened || !item.shortened.empty();
        auto items = obj.find("items");
        if (!any_shortened) return items == obj.end() || fail("items", "has words, but no item of the English is shortened");
        if (items == obj.end() || !items->is_array() || items->size() != out.items.size())
            return fail("items", "must list " + std::to_string(out.items.size()) + " entries, as the English does");
        for (size_t i = 0; i < out.items.size(); ++i) {
            const Json& item = (*items)[i];
            RoutineItem& ri = out.items[i];
            if (!item.is_object() || !only(item, {"shortened"})) return fail("items", "entries must be objects of words");
            if (ri.shortened.empty() != !item.contains("shortened"))
                return fail("items", "must give a 'shortened' reason exactly where the English does");
            if (!ri.shortened.empty() && !text(item, "shortened", ri.shortened)) return false;
        }
        return true;
    }

    // Every English entry translated, and nothing else.
    template <typename Entry, typename Read>
    bool entries(const Json& doc, const char* key, std::vector<Entry>& out, Read read) {
        where = "top level";
        const Json* obj = object(doc, key);
        if (!obj) return false;
        for (Entry& entry : out) {
            auto it = obj->find(entry.id);
            if (it == obj->end()) {
                where = "top level";
                return fail(key, "has no '" + entry.id + "'");
            }
            if (!(this->*read)(*it, entry)) return false;
        }
        where = "top level";
        if (obj->size() != out.size()) return fail(key, "has an entry the English does not");
        return true;
    }
};

}  // namespace

LanguageLoad translate_catalog(const Catalog& english, std::string_view pack_json, std::string_view file_name) {
    LanguageLoad result;
    Translator t;
    t.file = file_name;
    Json doc;
    if (std::string why = parse_limited(pack_json, doc); !why.empty()) {
        result.catalog = english;
        result.error = std::string(file_name) + ": " + (doc.is_discarded() ? "not valid JSON" : why);
        return result;
    }
    Catalog translated = english;
    const Json* words = doc.is_object() ? t.object(doc, "catalog") : nullptr;
    if (!doc.is_object()) t.fail("(document)", "must be an object");
    // "page" holds the page's own words, which the page checks and shows.
    if (words && t.only(doc, {"language", "name", "catalog", "page"}) && t.text(doc, "language", result.language) &&
        t.text(doc, "name", result.name) &&
        t.only(*words, {"positions", "equipment", "kinds", "safety", "speech", "readout", "exercises", "routines"}) &&
        t.words(*words, "positions", position_name, translated.position_words) &&
        t.words(*words, "equipment", equipment_name, translated.equipment_words) &&
        t.words(*words, "kinds", kind_name, translated.kind_words) && t.safety(*words, translated.safety) &&
        t.speech(*words, translated) && t.readout(*words, translated) &&
        t.entries(*words, "exercises", translated.exercises, &Translator::exercise))
        t.entries(*words, "routines", translated.routines, &Translator::routine);
    if (!t.error.empty()) {
        result.catalog = english;
        result.language.clear();
        result.name.clear();
        result.error = t.error;
        return result;
    }
    translated.language = result.language;
    result.catalog = std::move(translated);
    return result;
}

namespace {

// A pack mirrors catalog.json's shape, except that exercises and routines are keyed by id.
void overlay(Json& text, const Json& words) {
    if (words.is_string()) {
        text = words;
    } else if (words.is_array()) {
        for (size_t i = 0; i < words.size(); ++i) overlay(text[i], words[i]);
    } else if (text.is_array()) {
        for (Json& entry : text) overlay(entry, words[entry["id"].get<std::string>()]);
    } else {
        for (const auto& [key, value] : words.items()) overlay(text[key], value);
    }
}

bool same_words(const Catalog& a, const Catalog& b) {
    return a.language == b.language && catalog_json(a) == catalog_json(b) && a.phrases == b.phrases && a.numbers == b.numbers &&
           a.readout == b.readout;
}

}  // namespace

TranslatedText translated_catalog_text(std::string_view catalog_json_text, std::string_view pack_json,
                                       std::string_view pack_file) {
    const CatalogLoad english = load_catalog(catalog_json_text, "catalog.json");
    if (!english.ok()) return {{}, english.error};
    const LanguageLoad pack = translate_catalog(english.catalog, pack_json, pack_file);
    if (!pack.ok()) return {{}, pack.error};
    Json text = Json::parse(catalog_json_text);
    overlay(text, Json::parse(pack_json)["catalog"]);
    text["language"] = pack.language;
    std::string out = text.dump();
    const CatalogLoad back = load_catalog(out, pack_file);
    if (!back.ok() || !same_words(back.catalog, pack.catalog))
        return {{}, std::string(pack_file) + ": laid over catalog.json, its words do not read back as the pack's"};
    return {std::move(out), {}};
}

bool same_but_words(const Catalog& english, const Catalog& words) {
    if (english.exercises.size() != words.exercises.size() || english.routines.size() != words.routines.size()) return false;
    for (size_t i = 0; i < english.exercises.size(); ++i)
        if (english.exercises[i].id != words.exercises[i].id) return false;
    for (size_t i = 0; i < english.routines.size(); ++i) {
        const Routine& a = english.routines[i];
        const Routine& b = words.routines[i];
        if (a.id != b.id || a.items.size() != b.items.size()) return false;
        for (size_t k = 0; k < a.items.size(); ++k)
            if (a.items[k].exercise != b.items[k].exercise) return false;
    }
    return true;
}

}  // namespace limber
