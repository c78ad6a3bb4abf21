#include "saved.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "link.h"

namespace limber {

namespace {

using Json = nlohmann::json;

const char* format_of(SavedKind kind) { return kind == SavedKind::Favourites ? "limber.favourites" : "limber.history"; }
const char* time_key(SavedKind kind) { return kind == SavedKind::Favourites ? "addedAt" : "finishedAt"; }

// Milliseconds since 1970 that a real clock could have written: after 2020, before 2200.
bool plausible_time(const Json& v) {
    return v.is_number() && std::isfinite(v.get<double>()) && v.get<double>() >= 1.5e12 && v.get<double>() <= 7.3e12;
}

std::string entry_problem(SavedKind kind, const Json& e, const Catalog& catalog, SavedEntry& out) {
    if (!e.is_object()) return "is not an object";
    auto link = e.find("link");
    if (link == e.end() || !link->is_string()) return "has no link";
    const LinkDecode decoded = decode_link(catalog, link->get_ref<const std::string&>());
    if (!decoded.ok()) return "link: " + decoded.error;
    out.link = link->get<std::string>();
    auto at = e.find(time_key(kind));
    if (at == e.end() || !plausible_time(*at)) return std::string("has no valid ") + time_key(kind);
    out.at_ms = at->get<double>();
    if (kind == SavedKind::History) {
        auto d = e.find("durationMs");
        if (d == e.end() || !d->is_number() || !std::isfinite(d->get<double>()) || d->get<double>() < 0 || d->get<double>() > kMaxHistoryDurationMs)
            return "has no valid durationMs";
        out.duration_ms = d->get<double>();
    }
    return {};
}

}  // namespace

SavedRead read_saved(SavedKind kind, std::string_view text, const Catalog& catalog) {
    SavedRead result;
    const std::string what = kind == SavedKind::Favourites ? "saved favourites" : "saved history";
    const Json doc = Json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        result.error = what + " are not valid JSON";
        return result;
    }
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get_ref<const std::string&>() != format_of(kind)) {
        result.error = what + " do not say format '" + format_of(kind) + "'";
        return result;
    }
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<long long>() < 1) {
        result.error = what + " have no valid version";
        return result;
    }
    if (version->get<long long>() > kSavedVersion) {
        result.from_newer = true;
        result.error = what + " come from a newer Limber (version " + std::to_string(version->get<long long>()) +
                       "); they are left as they are";
        return result;
    }
    auto entries = doc.find("entries");
    if (entries == doc.end() || !entries->is_array()) {
        result.error = what + " have no entries list";
        return result;
    }
    for (size_t i = 0; i < entries->size(); ++i) {
        const Json& e = (*entries)[i];
        SavedEntry entry;
        if (std::string why = entry_problem(kind, e, catalog, entry); !why.empty())
            result.skipped.push_back({i, "entry " + std::to_string(i + 1) + " " + why, e.dump()});
        else
            result.entries.push_back(std::move(entry));
    }
    return result;
}

std::string write_saved(SavedKind kind, const std::vector<SavedEntry>& entries, const std::vector<std::string>& kept) {
    Json list = Json::array();
    for (const SavedEntry& e : entries) {
        Json j = {{"link", e.link}, {time_key(kind), e.at_ms}};
        if (kind == SavedKind::History) j["durationMs"] = e.duration_ms;
        list.push_back(std::move(j));
    }
    for (const std::string& raw : kept) {
        Json j = Json::parse(raw, nullptr, false);
        list.push_back(j.is_discarded() ? Json(raw) : std::move(j));
    }
    return Json{{"format", format_of(kind)}, {"version", kSavedVersion}, {"entries", list}}.dump();
}

}  // namespace limber
