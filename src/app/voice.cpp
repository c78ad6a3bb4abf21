#include "voice.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <utility>

#include <nlohmann/json.hpp>

namespace limber {

Mix_Chunk* VoiceBank::phrase(const std::vector<std::string>& ids) {
    for (const std::string& id : ids) {
        if (clips.count(id)) continue;
        // A bank that failed to load was logged once already.
        if (sheet && reported_missing.insert(id).second)
            SDL_Log("voice: no clip '%s' in voice.json (run scripts/make-voice); that cue goes unspoken", id.c_str());
        return nullptr;
    }
    if (ids.size() == 1) return &clips.find(ids[0])->second;
    joined.clear();
    for (const std::string& id : ids) {
        const Mix_Chunk& clip = clips.find(id)->second;
        joined.insert(joined.end(), clip.abuf, clip.abuf + clip.alen);
    }
    joined_chunk = {0, joined.data(), static_cast<Uint32>(joined.size()), MIX_MAX_VOLUME};
    return &joined_chunk;
}

namespace {

uint32_t little_endian(std::string_view bytes, size_t at, size_t width) {
    uint32_t value = 0;
    for (size_t i = 0; i < width; ++i) value |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    return value;
}

// Where the samples of a plain 44-byte-header WAV lie when they are already in the
// output's format; {0, 0} otherwise. SDL_mixer's loader would copy two minutes of speech
// (and its converter copy it again), holding the sheet two or three times over at once.
std::pair<size_t, size_t> samples_in_place(std::string_view wav) {
    constexpr size_t kHeader = 44;
    int rate = 0, channels = 0;
    Uint16 format = 0;
    if (wav.size() < kHeader || !Mix_QuerySpec(&rate, &format, &channels) || format != AUDIO_S16LSB) return {0, 0};
    const size_t frame = static_cast<size_t>(channels) * 2;
    const size_t length = little_endian(wav, 40, 4);
    if (wav.substr(0, 4) != "RIFF" || wav.substr(8, 8) != "WAVEfmt " || little_endian(wav, 16, 4) != 16 ||
        little_endian(wav, 20, 2) != 1 || little_endian(wav, 22, 2) != static_cast<uint32_t>(channels) ||
        little_endian(wav, 24, 4) != static_cast<uint32_t>(rate) || little_endian(wav, 34, 2) != 16 ||
        wav.substr(36, 4) != "data" || length == 0 || length % frame != 0 || length > wav.size() - kHeader)
        return {0, 0};
    return {kHeader, length};
}

// A WAV in another format, converted by SDL itself. Empty, with the reason in `error`,
// when it cannot be read.
std::string converted_samples(std::string_view wav, std::string& error) {
    SDL_AudioSpec spec{};
    Uint8* samples = nullptr;
    Uint32 length = 0;
    SDL_RWops* rw = SDL_RWFromConstMem(wav.data(), static_cast<int>(wav.size()));
    if (!rw || !SDL_LoadWAV_RW(rw, 1, &spec, &samples, &length)) {
        error = SDL_GetError();
        return {};
    }
    int rate = 0, channels = 0;
    Uint16 format = 0;
    Mix_QuerySpec(&rate, &format, &channels);
    SDL_AudioCVT cvt;
    std::string converted;
    if (SDL_BuildAudioCVT(&cvt, spec.format, spec.channels, spec.freq, format, static_cast<Uint8>(channels), rate) < 0) {
        error = SDL_GetError();
    } else {
        converted.resize(static_cast<size_t>(length) * static_cast<size_t>(cvt.len_mult));
        std::copy(samples, samples + length, converted.begin());
        cvt.buf = reinterpret_cast<Uint8*>(converted.data());
        cvt.len = static_cast<int>(length);
        if (cvt.needed && SDL_ConvertAudio(&cvt) < 0) {
            error = SDL_GetError();
            converted.clear();
        } else {
            // The converter wanted room for its worst case, many times the result.
            converted.resize(cvt.needed ? static_cast<size_t>(cvt.len_cvt) : length);
            converted.shrink_to_fit();
            if (converted.empty()) error = "it holds no samples";
        }
    }
    SDL_FreeWAV(samples);
    return converted;
}

// The sheet's samples in the output's format, as one chunk, or nullptr with the reason in
// `error`. A WAV plays where it lies when already in that format, or is converted into
// `bytes`. Anything else is SDL_mixer's to decode: the desktop build hands over the Opus
// sheet. The page hands over WAV only (the browser decodes the Opus), so it links none
// of SDL_mixer's chunk readers (AIFF, VOC and music), 1 KB gzipped.
Mix_Chunk* decoded_sheet(std::string sheet, std::string& bytes, std::string& error) {
    size_t at = 0, length = 0;
    std::tie(at, length) = samples_in_place(sheet);
    if (length > 0) {
        bytes = std::move(sheet);
    } else if (sheet.rfind("RIFF", 0) == 0) {
        bytes = converted_samples(sheet, error);
        length = bytes.size();
        if (length == 0) return nullptr;
    } else {
#ifdef __EMSCRIPTEN__
        error = "it is not a WAV";
        return nullptr;
#else
        SDL_RWops* rw = SDL_RWFromConstMem(sheet.data(), static_cast<int>(sheet.size()));
        Mix_Chunk* chunk = rw ? Mix_LoadWAV_RW(rw, 1) : nullptr;
        if (!chunk) error = Mix_GetError();
        return chunk;
#endif
    }
    Mix_Chunk* chunk = Mix_QuickLoad_RAW(reinterpret_cast<Uint8*>(bytes.data()) + at, static_cast<Uint32>(length));
    if (!chunk) error = Mix_GetError();
    return chunk;
}

}  // namespace

VoiceBank load_voice(std::string sheet, std::string_view index_json) {
    VoiceBank bank;
    const nlohmann::json index = nlohmann::json::parse(index_json.begin(), index_json.end(), nullptr, false);
    auto rate = index.is_object() ? index.find("rate") : index.end();
    auto clips = index.is_object() ? index.find("clips") : index.end();
    auto language = index.is_object() ? index.find("language") : index.end();
    if (index.is_discarded() || rate == index.end() || !rate->is_number_integer() || rate->get<int>() <= 0 ||
        clips == index.end() || !clips->is_object() || language == index.end() || !language->is_string()) {
        bank.error = "voice.json is missing or damaged";
        return bank;
    }
    bank.language = language->get<std::string>();
    if (sheet.empty()) {
        bank.error = "the voice sheet is missing";
        return bank;
    }
    std::string why;
    bank.sheet = decoded_sheet(std::move(sheet), bank.bytes, why);
    if (!bank.sheet) {
        bank.error = "the voice sheet cannot be decoded: " + why;
        return bank;
    }
    int out_rate = 0, channels = 0;
    Uint16 format = 0;
    Mix_QuerySpec(&out_rate, &format, &channels);
    const size_t frame_bytes = static_cast<size_t>(SDL_AUDIO_BITSIZE(format) / 8 * channels);
    const size_t sheet_frames = bank.sheet->alen / frame_bytes;
    const double to_output = static_cast<double>(out_rate) / rate->get<double>();
    for (const auto& [id, clip] : clips->items()) {
        const auto at = clip.is_object() ? clip.find("at") : clip.end();
        if (at == clip.end() || !at->is_array() || at->size() != 2 || !(*at)[0].is_number_integer() ||
            !(*at)[1].is_number_integer()) {
            bank.error = "voice.json gives '" + id + "' no place in the voice sheet";
            continue;
        }
        const auto& span = *at;
        const size_t first = static_cast<size_t>(span[0].get<long long>() * to_output);
        const size_t count = static_cast<size_t>(span[1].get<long long>() * to_output);
        if (span[0].get<long long>() < 0 || count == 0 || first + count > sheet_frames) {
            bank.error = "voice.json places '" + id + "' outside the voice sheet";
            continue;
        }
        Mix_Chunk chunk{};
        chunk.allocated = 0;  // the sheet owns the samples
        chunk.abuf = bank.sheet->abuf + first * frame_bytes;
        chunk.alen = static_cast<Uint32>(count * frame_bytes);
        chunk.volume = MIX_MAX_VOLUME;
        bank.clips.emplace(id, chunk);
    }
    std::vector<Uint32> lengths;
    for (const auto& [id, clip] : bank.clips) lengths.push_back(clip.alen);
    std::sort(lengths.rbegin(), lengths.rend());
    size_t longest = 0;
    for (size_t i = 0; i < std::min(lengths.size(), kMaxClipsInPhrase); ++i) longest += lengths[i];
    bank.joined.reserve(longest);
    return bank;
}

void free_voice(VoiceBank& bank) {
    bank.clips.clear();
    bank.joined.clear();
    if (bank.sheet) Mix_FreeChunk(bank.sheet);  // frees only what SDL_mixer decoded
    bank.sheet = nullptr;
    std::string().swap(bank.bytes);
}

}  // namespace limber
