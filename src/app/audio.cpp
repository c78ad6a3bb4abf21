#include "audio.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "core/synth.h"
#include "platform.h"

namespace limber {

namespace {

constexpr int kBreathChannel = 0;      // a new breath tone replaces the last one
constexpr int kCountChannel = 1;       // countdown ticks
constexpr int kEventChannel = 2;       // switch, rest, next, done
constexpr int kVoiceChannel = 3;       // one phrase at a time
constexpr int kOnsetLevel = 200;       // of 32767: quieter is silence when looking for a cue's first sound
constexpr double kMaxLeadInMs = 1000;  // the most silence put ahead of a cue to land it on the beat

int tone_channel(Cue cue) {
    switch (cue) {
        case Cue::BreatheIn:
        case Cue::BreatheOut:
        case Cue::KeepBreathing: return kBreathChannel;
        case Cue::Count3:
        case Cue::Count2:
        case Cue::Count1: return kCountChannel;
        default: return kEventChannel;
    }
}

// Runs in the audio callback on one channel's samples before mixing: its first loud
// sample is when the cue starts to sound, heard after the rest of the output path.
void find_onset(int, void* stream, int len, void* udata) {
    auto* played = static_cast<PlayedCue*>(udata);
    if (played->heard_clock_ms.load() != 0) return;
    const auto* samples = static_cast<const int16_t*>(stream);
    const int count = len / static_cast<int>(sizeof(int16_t));
    for (int i = 0; i < count; ++i) {
        if (std::abs(static_cast<int>(samples[i])) >= kOnsetLevel) {
            // The buffer being mixed is the clock's next one; the effect sees it from its start.
            const double filled = played->clock->buffer_ms(played->clock->buffers());
            const double frame = static_cast<double>(i / played->channels);
            played->heard_clock_ms = filled + frame * 1000.0 / played->rate + played->after_callback_ms;
            return;
        }
    }
}

void count_buffer(void* udata, Uint8*, int) { static_cast<OutputClock*>(udata)->buffer_filled(platform_now_ms()); }

Mix_Chunk* make_tone(Audio& audio, Cue cue, Uint16 format, int channels) {
    std::vector<int16_t>& pcm = audio.tone_pcm[static_cast<size_t>(cue)];
    const std::vector<int16_t> mono = synth_cue(cue, audio.rate);
    if (mono.empty()) return nullptr;  // a cue the voice alone carries
    pcm.resize(mono.size() * static_cast<size_t>(channels));
    for (size_t i = 0; i < mono.size(); ++i)
        for (int c = 0; c < channels; ++c) pcm[i * static_cast<size_t>(channels) + static_cast<size_t>(c)] = mono[i];
    if (format != AUDIO_S16SYS) return nullptr;  // Mix_OpenAudio asked for S16; SDL converts for the device
    return Mix_QuickLoad_RAW(reinterpret_cast<Uint8*>(pcm.data()), static_cast<Uint32>(pcm.size() * sizeof(int16_t)));
}

// From handing a buffer to the output until it is heard: the callback fills a buffer
// that plays after the one now sounding, then the browser adds its own latency.
double after_callback_ms(const Audio& audio) { return audio.buffer_frames * 1000.0 / audio.rate + audio.browser_latency_ms; }

// The chunk on `channel`, starting `delay_frames` of silence after the next buffer's start.
bool play(Audio& audio, int channel, const Mix_Chunk* chunk, int delay_frames, PlayedCue* probe) {
    if (!chunk) return false;
    Mix_HaltChannel(channel);  // the mixer no longer reads the channel's last delayed copy
    const size_t silence = static_cast<size_t>(delay_frames) * static_cast<size_t>(audio.channels) * sizeof(int16_t);
    std::vector<Uint8>& pcm = audio.delayed_pcm[static_cast<size_t>(channel)];
    pcm.assign(silence, 0);
    pcm.insert(pcm.end(), chunk->abuf, chunk->abuf + chunk->alen);
    Mix_Chunk& delayed = audio.delayed[static_cast<size_t>(channel)];
    delayed = {0, pcm.data(), static_cast<Uint32>(pcm.size()), chunk->volume};
    if (Mix_PlayChannel(channel, &delayed, 0) < 0) return false;
    // Effects leave a channel when it stops, so each play registers its own probe.
    if (probe) Mix_RegisterEffect(channel, find_onset, nullptr, probe);
    return true;
}

}  // namespace

bool audio_open(Audio& audio) {
    if (audio.open) return true;
    // 48 kHz, Opus's own rate: natively SDL_mixer then decodes the voice sheet without
    // converting it piece by piece, which at 44.1 kHz loses samples and lets late clips
    // drift (docs/audio.md, "The sheet's format"). On the page the browser's rate wins.
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0 || Mix_OpenAudio(48000, AUDIO_S16SYS, 1, 1024) != 0) {
        SDL_Log("audio: cannot open output: %s", Mix_GetError());
        return false;
    }
    Uint16 format = 0;
    Mix_QuerySpec(&audio.rate, &format, &audio.channels);
    audio.buffer_frames = 1024;
    audio.clock.reset(audio.rate, audio.buffer_frames);
    Mix_SetPostMix(count_buffer, &audio.clock);
    Mix_AllocateChannels(kMixChannels);
    for (int i = 0; i < kCueCount; ++i)
        audio.tones[static_cast<size_t>(i)] = make_tone(audio, static_cast<Cue>(i), format, audio.channels);
    audio.open = true;
    if (audio.voice_arrived) audio_give_voice(audio, std::move(audio.voice_sheet), audio.voice_json);
    audio_apply_settings(audio);
    return true;
}

void audio_give_voice(Audio& audio, std::string sheet, std::string_view index_json) {
    if (!audio.open) {
        audio.voice_sheet = std::move(sheet);
        audio.voice_json.assign(index_json);
        audio.voice_arrived = true;
        return;
    }
    free_voice(audio.voice);
    audio.voice = load_voice(std::move(sheet), index_json);
    // Room for the longest phrase behind the longest lead-in, so playing never allocates.
    const size_t lead_in =
        static_cast<size_t>(kMaxLeadInMs / 1000 * audio.rate) * static_cast<size_t>(audio.channels) * sizeof(int16_t);
    audio.delayed_pcm[kVoiceChannel].reserve(lead_in + audio.voice.joined.capacity());
    audio.voice_sheet.clear();
    audio.voice_json.clear();
    audio.voice_arrived = true;
    if (!audio.voice.error.empty()) SDL_Log("audio: %s; cues will play tones only", audio.voice.error.c_str());
}

void audio_apply_settings(Audio& audio) {
    if (!audio.open) return;
    Mix_Volume(-1, static_cast<int>(audio.settings.volume * MIX_MAX_VOLUME + 0.5));
    if (!audio.settings.sound) Mix_HaltChannel(-1);
    if (!audio.settings.voice) Mix_HaltChannel(kVoiceChannel);
}

void audio_reset(Audio& audio) {
    if (audio.open) Mix_HaltChannel(-1);
    audio.played.clear();
}

const char* audio_state(const Audio& audio) {
    if (!audio.open) return "locked";
    return platform_audio_running() ? "running" : "suspended";
}

void audio_watch_latency(Audio& audio, double now_ms) {
    if (!audio.open) return;
    const bool running = platform_audio_running();
    if (audio.latency_read_ms != 0 && running == audio.latency_read_running && now_ms - audio.latency_read_ms < 1000) return;
    audio.browser_latency_ms = platform_audio_latency_ms();
    audio.latency_read_ms = now_ms;
    audio.latency_read_running = running;
}

double audio_lead_ms(const Audio& audio) {
    if (!audio.open) return 0;
    // Enough for a cue handed over a whole display frame late to still go into a buffer
    // heard before it is due, after a stretch of silence.
    const double buffer_ms = audio.buffer_frames * 1000.0 / audio.rate;
    return buffer_ms + after_callback_ms(audio) + 1000.0 / 60 + 2;
}

bool audio_play(Audio& audio, const CueEvent& cue, const std::vector<std::string>& clips, double due_clock_ms) {
    const AudioSettings& s = audio.settings;
    if (!s.sound || std::strcmp(audio_state(audio), "running") != 0) return false;
    PlayedCue& probe = audio.played.emplace_back();
    probe.cue = cue.cue;
    probe.routine_ms = static_cast<double>(cue.at_ms);
    probe.due_clock_ms = due_clock_ms;
    probe.heard_clock_ms = 0;
    probe.clock = &audio.clock;
    probe.rate = audio.rate;
    probe.channels = audio.channels;
    probe.after_callback_ms = after_callback_ms(audio);
    // Silence ahead of the sound so its first sample is heard when it is due; none
    // before the clock has its first buffer, or for a cue already late.
    const int64_t next = audio.clock.buffers();
    const double early_ms = next > 0 ? due_clock_ms - (audio.clock.buffer_ms(next) + probe.after_callback_ms) : 0;
    const int delay = early_ms > 0 ? static_cast<int>(std::min(early_ms, kMaxLeadInMs) * audio.rate / 1000.0 + 0.5) : 0;
    const bool toned = s.tones && play(audio, tone_channel(cue.cue), audio.tones[static_cast<size_t>(cue.cue)], delay, &probe);
    bool any = toned;
    // A phrase still playing is cut only by a more urgent one; the tones keep time meanwhile.
    const Urgency urgent = urgency(cue.cue);
    const bool voice_free = !Mix_Playing(kVoiceChannel) || urgent > audio.voice_urgency;
    if (s.voice && !clips.empty() && voice_free &&
        play(audio, kVoiceChannel, audio.voice.phrase(clips), delay, toned ? nullptr : &probe)) {
        audio.voice_urgency = urgent;
        probe.voice = audio.voice.language;
        any = true;
    }
    if (!any) audio.played.pop_back();
    return any;
}

bool audio_chime(Audio& audio) {
    if (!audio.settings.sound || std::strcmp(audio_state(audio), "running") != 0) return false;
    return play(audio, tone_channel(Cue::Complete), audio.tones[static_cast<size_t>(Cue::Complete)], 0, nullptr);
}

}  // namespace limber
