// Cue playback through SDL_mixer: a synthesised tone and a spoken phrase per cue,
// each kind on its own channels so one cue never cuts off another it should not.
// The output opens on the user's first gesture (the browser's autoplay policy), and
// cues are dropped, never queued, while it is not running, so none bursts out late.
#pragma once

#include <SDL2/SDL.h>
#include <SDL2/SDL_mixer.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/speech.h"
#include "core/timeline.h"
#include "output_clock.h"
#include "voice.h"

namespace limber {

constexpr int kCueCount = static_cast<int>(Cue::Complete) + 1;
constexpr int kMixChannels = 4;

struct AudioSettings {
    bool sound = true;  // everything on or off (the M key)
    bool voice = true;
    bool tones = true;
    double volume = 0.8;  // 0..1
};

// One cue handed to the mixer, and when it was really heard (found in the mixed stream).
struct PlayedCue {
    Cue cue;
    double routine_ms;    // its time in the schedule
    double due_clock_ms;  // the clock time the schedule puts it at
    std::string voice;    // the language of the clips the voice said for it; empty for tones only
    // The output path as it was when the cue was handed over, for the audio callback
    // to turn "sample n of this buffer" into "heard at".
    const OutputClock* clock;
    int rate;
    int channels;
    double after_callback_ms;            // from filling a buffer to the listener's ear
    std::atomic<double> heard_clock_ms;  // first audible sample, as the listener hears it; 0 until found
};

struct Audio {
    bool open = false;
    AudioSettings settings;
    int rate = 0;
    int channels = 1;
    int buffer_frames = 0;
    std::array<std::vector<int16_t>, kCueCount> tone_pcm;
    std::array<Mix_Chunk*, kCueCount> tones{};
    VoiceBank voice;
    // The voice sheet as it arrived (Opus compiled in natively; on the page a WAV decoded
    // from dist/voice.js), kept until the output opens and it can be converted to its format.
    std::string voice_sheet, voice_json;
    bool voice_arrived = false;
    std::deque<PlayedCue> played;  // a deque: effects hold pointers into it while cues sound
    OutputClock clock;             // when each buffer is filled, fitted to the output's slots
    // What each channel plays: the cue's sound after the silence that puts its first
    // sample on the beat, since the mixer starts a chunk at the next buffer's start.
    std::array<std::vector<Uint8>, kMixChannels> delayed_pcm;
    std::array<Mix_Chunk, kMixChannels> delayed{};
    Urgency voice_urgency = Urgency::Breath;  // of the phrase last given to the voice channel
    double browser_latency_ms = 0;            // what the browser adds after the mixer, as last read
    double latency_read_ms = 0;               // platform clock of that read; 0 before the first
    bool latency_read_running = false;        // whether the output ran at that read
};

bool audio_open(Audio& audio);
// Takes the voice sheet whenever it arrives; decoded at once if the output is open. Until
// then cues play their tones, and their captions show the words.
void audio_give_voice(Audio& audio, std::string sheet, std::string_view index_json);
void audio_apply_settings(Audio& audio);
// Silences every channel (which drops their onset probes) and forgets what played.
void audio_reset(Audio& audio);
// "locked" before the first gesture, then the output's state: "running" or "suspended".
const char* audio_state(const Audio& audio);
// Rereads the browser's output latency when the output starts or stops running, else at
// most once a second: Firefox asks its audio backend on every read, under a lock its
// audio thread also takes, and the figure changes only with the output device.
void audio_watch_latency(Audio& audio, double now_ms);
// How long from handing a sample to the mixer until it is heard: cues start this early.
double audio_lead_ms(const Audio& audio);
// Plays the cue's tone and the clips the coach says for it; false when nothing could play.
bool audio_play(Audio& audio, const CueEvent& cue, const std::vector<std::string>& clips, double due_clock_ms);
// The break reminder's chime (the routine-complete tone); false when sound is off or locked.
bool audio_chime(Audio& audio);

}  // namespace limber
