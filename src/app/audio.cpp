#include "audio.h"

#include <cstring>

#include "core/synth.h"
#include "platform.h"

namespace limber {

namespace {

// Cues of one kind share a channel so a new breath cue replaces the last one,
// while a countdown tick never cuts off a breath cue.
int channel_for(Cue cue) {
    switch (cue) {
        case Cue::BreatheIn:
        case Cue::BreatheOut:
        case Cue::Hold: return 0;
        case Cue::Count3:
        case Cue::Count2:
        case Cue::Count1: return 1;
        default: return 2;
    }
}

}  // namespace

bool audio_open(Audio& audio) {
    if (audio.open) return true;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0 || Mix_OpenAudio(44100, AUDIO_S16SYS, 1, 1024) != 0) {
        SDL_Log("audio: cannot open output: %s", Mix_GetError());
        return false;
    }
    int rate = 0, channels = 0;
    Uint16 format = 0;
    Mix_QuerySpec(&rate, &format, &channels);
    Mix_AllocateChannels(3);
    for (int i = 0; i < kCueCount; ++i) {
        const std::vector<int16_t> mono = synth_cue(static_cast<Cue>(i), rate);
        SDL_AudioCVT cvt;
        if (SDL_BuildAudioCVT(&cvt, AUDIO_S16SYS, 1, rate, format, static_cast<Uint8>(channels), rate) < 0) continue;
        std::vector<int16_t>& buffer = audio.pcm[static_cast<size_t>(i)];
        const size_t bytes = mono.size() * sizeof(int16_t);
        buffer.assign((bytes * static_cast<size_t>(cvt.len_mult) + 1) / sizeof(int16_t) + 1, 0);
        std::memcpy(buffer.data(), mono.data(), bytes);
        cvt.buf = reinterpret_cast<Uint8*>(buffer.data());
        cvt.len = static_cast<int>(bytes);
        if (cvt.needed && SDL_ConvertAudio(&cvt) != 0) continue;
        audio.chunks[static_cast<size_t>(i)] =
            Mix_QuickLoad_RAW(cvt.buf, static_cast<Uint32>(cvt.needed ? cvt.len_cvt : cvt.len));
    }
    audio.open = true;
    return true;
}

bool audio_play(Audio& audio, const CueEvent& cue, double clock_ms) {
    Mix_Chunk* chunk = audio.chunks[static_cast<size_t>(cue.cue)];
    if (!audio.enabled || !chunk || std::strcmp(audio_state(audio), "running") != 0) return false;
    if (Mix_PlayChannel(channel_for(cue.cue), chunk, 0) < 0) return false;
    audio.played.push_back({cue.cue, static_cast<double>(cue.at_ms), clock_ms});
    return true;
}

const char* audio_state(const Audio& audio) {
    if (!audio.open) return "locked";
    return platform_audio_running() ? "running" : "suspended";
}

}  // namespace limber
