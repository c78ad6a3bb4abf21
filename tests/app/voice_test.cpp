// The voice sheet under SDL's dummy audio driver: damaged data means no voice and a
// reason, never a crash; good data cuts into the clips the index names.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/voice.h"
#include "embedded/voice_assets.h"

using namespace limber;

namespace {

struct Mixer {
    Mixer() {
        SDL_setenv("SDL_AUDIODRIVER", "dummy", 1);
        REQUIRE(SDL_Init(SDL_INIT_AUDIO) == 0);
        REQUIRE(Mix_OpenAudio(48000, AUDIO_S16SYS, 2, 1024) == 0);
    }
    ~Mixer() {
        Mix_CloseAudio();
        SDL_Quit();
    }
};

// Collects what SDL_Log prints while it lives.
struct LogCapture {
    std::vector<std::string> lines;
    SDL_LogOutputFunction previous = nullptr;
    void* previous_data = nullptr;
    LogCapture() {
        SDL_LogGetOutputFunction(&previous, &previous_data);
        SDL_LogSetOutputFunction([](void* self, int, SDL_LogPriority,
                                    const char* message) { static_cast<LogCapture*>(self)->lines.emplace_back(message); },
                                 this);
    }
    ~LogCapture() { SDL_LogSetOutputFunction(previous, previous_data); }
};

}  // namespace

TEST_CASE("the shipped voice sheet loads every clip the index names") {
    Mixer mixer;
    VoiceBank bank = load_voice(std::string(voice_asset("voice.opus")), voice_asset("voice.json"));
    CHECK(bank.error == "");
    CHECK(bank.language == "en");
    const nlohmann::json index = nlohmann::json::parse(voice_asset("voice.json"));
    CHECK(bank.clips.size() == index.at("clips").size());
    Mix_Chunk* next_name = bank.phrase({"next", "name-cat-cow"});
    REQUIRE(next_name != nullptr);
    CHECK(next_name->alen == bank.clips.at("next").alen + bank.clips.at("name-cat-cow").alen);
    CHECK(bank.phrase({"no-such-clip"}) == nullptr);
    free_voice(bank);
}

TEST_CASE("missing, corrupt or mismatched voice data gives no voice and says why") {
    Mixer mixer;
    const std::string_view index = voice_asset("voice.json");
    VoiceBank missing = load_voice({}, index);
    CHECK(missing.error == "the voice sheet is missing");
    CHECK(missing.clips.empty());

    const std::string junk(4096, '\x5a');
    VoiceBank corrupt = load_voice(junk, index);
    CHECK(corrupt.error.rfind("the voice sheet cannot be decoded", 0) == 0);
    CHECK(corrupt.clips.empty());

    std::string truncated(voice_asset("voice.opus").substr(0, voice_asset("voice.opus").size() / 3));
    VoiceBank cut = load_voice(truncated, index);
    CHECK_FALSE(cut.error.empty());  // either undecodable or clips past its end
    free_voice(cut);

    VoiceBank bad_index = load_voice(std::string(voice_asset("voice.opus")), "{\"rate\": \"fast\"}");
    CHECK(bad_index.error == "voice.json is missing or damaged");
    // Which language its clips speak decides whether they may say the captions' words.
    VoiceBank unlabelled = load_voice(std::string(voice_asset("voice.opus")), R"({"rate": 16000, "clips": {}})");
    CHECK(unlabelled.error == "voice.json is missing or damaged");
    VoiceBank outside =
        load_voice(std::string(voice_asset("voice.opus")),
                   R"({"language": "en", "rate": 16000, "clips": {"far": {"at": [99999999, 10], "text": "Far."}}})");
    CHECK(outside.error == "voice.json places 'far' outside the voice sheet");
    CHECK(outside.phrase({"far"}) == nullptr);
    free_voice(outside);
    VoiceBank placeless = load_voice(std::string(voice_asset("voice.opus")),
                                     R"({"language": "en", "rate": 16000, "clips": {"near": [0, 10], "here": {"at": [0, 10]}}})");
    CHECK(placeless.error == "voice.json gives 'near' no place in the voice sheet");
    CHECK(placeless.clips.count("near") == 0);
    CHECK(placeless.clips.count("here") == 1);
    free_voice(placeless);
}

TEST_CASE("a phrase whose clip is missing is logged once, naming the clip and the fix") {
    Mixer mixer;
    VoiceBank bank = load_voice(std::string(voice_asset("voice.opus")), voice_asset("voice.json"));
    REQUIRE(bank.error == "");
    LogCapture log;
    CHECK(bank.phrase({"next", "name-no-such-exercise"}) == nullptr);
    CHECK(bank.phrase({"name-no-such-exercise"}) == nullptr);
    REQUIRE(log.lines.size() == 1);
    CHECK(log.lines[0] ==
          "voice: no clip 'name-no-such-exercise' in voice.json (run scripts/make-voice); that cue goes unspoken");
    CHECK(bank.phrase({"next", "name-cat-cow"}) != nullptr);
    CHECK(log.lines.size() == 1);
    free_voice(bank);

    VoiceBank none = load_voice({}, voice_asset("voice.json"));
    CHECK(none.phrase({"name-cat-cow"}) == nullptr);
    CHECK(log.lines.size() == 1);  // no voice at all was logged when loading
}

TEST_CASE("a joined phrase is its clips one after another, in room made at load: saying it never allocates") {
    Mixer mixer;
    VoiceBank bank = load_voice(std::string(voice_asset("voice.opus")), voice_asset("voice.json"));
    REQUIRE(bank.error == "");
    std::vector<std::pair<Uint32, std::string>> by_length;
    for (const auto& [id, clip] : bank.clips) by_length.emplace_back(clip.alen, id);
    std::sort(by_length.rbegin(), by_length.rend());
    REQUIRE(by_length.size() >= kMaxClipsInPhrase);
    const std::vector<std::string> longest = {by_length[0].second, by_length[1].second, by_length[2].second};
    const size_t room = bank.joined.capacity();
    const Uint8* where = bank.joined.data();
    const Mix_Chunk* said = bank.phrase(longest);
    REQUIRE(said != nullptr);
    CHECK(said->alen == by_length[0].first + by_length[1].first + by_length[2].first);
    CHECK(std::equal(said->abuf, said->abuf + by_length[0].first, bank.clips[longest[0]].abuf));
    CHECK(bank.joined.capacity() == room);
    CHECK(bank.joined.data() == where);
    free_voice(bank);
}

namespace {

// A plain 16-bit WAV as the page writes it, `frames` frames of `channels` at `rate`, each
// sample its frame's number, so where a clip's samples came from can be read back.
std::string counting_wav(int rate, int channels, int frames) {
    std::string wav;
    auto put = [&](uint32_t value, int bytes) {
        for (int i = 0; i < bytes; ++i) wav.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
    };
    const uint32_t data = static_cast<uint32_t>(frames * channels * 2);
    wav += "RIFF";
    put(36 + data, 4);
    wav += "WAVEfmt ";
    put(16, 4);
    put(1, 2);
    put(static_cast<uint32_t>(channels), 2);
    put(static_cast<uint32_t>(rate), 4);
    put(static_cast<uint32_t>(rate * channels * 2), 4);
    put(static_cast<uint32_t>(channels * 2), 2);
    put(16, 2);
    wav += "data";
    put(data, 4);
    for (int f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c) put(static_cast<uint32_t>(f), 2);
    return wav;
}

}  // namespace

TEST_CASE("a WAV already in the output's format is played where it lies, any other is converted by SDL") {
    Mixer mixer;  // 48 kHz, two channels, 16-bit
    const std::string index = R"({"language": "en", "rate": 48000, "clips": {"one": {"at": [100, 50], "text": "One."}}})";
    VoiceBank in_place = load_voice(counting_wav(48000, 2, 1000), index);
    REQUIRE(in_place.error == "");
    REQUIRE(in_place.sheet != nullptr);
    const Uint8* bytes = reinterpret_cast<const Uint8*>(in_place.bytes.data());
    CHECK(in_place.sheet->abuf == bytes + 44);  // no copy: the sheet's own bytes
    const Mix_Chunk& one = in_place.clips.at("one");
    CHECK(one.alen == 50 * 2 * 2);
    const auto* samples = reinterpret_cast<const int16_t*>(one.abuf);
    CHECK(samples[0] == 100);
    CHECK(samples[2 * 49 + 1] == 149);
    free_voice(in_place);
    CHECK(in_place.bytes.empty());

    // Another rate or channel count is converted, and the clips cut from the result.
    const std::string mono_index = R"({"language": "en", "rate": 24000, "clips": {"one": {"at": [100, 50], "text": "One."}}})";
    VoiceBank converted = load_voice(counting_wav(24000, 1, 1000), mono_index);
    REQUIRE(converted.error == "");
    CHECK(converted.sheet->alen == 2000 * 2 * 2);  // twice the frames at the output's rate, two channels
    const Mix_Chunk& doubled = converted.clips.at("one");
    CHECK(doubled.alen == 100 * 2 * 2);
    const auto* resampled = reinterpret_cast<const int16_t*>(doubled.abuf);
    CHECK(std::abs(resampled[0] - 100) <= 2);  // the 100th input frame, give or take the filter
    CHECK(resampled[0] == resampled[1]);       // the mono sample in both channels
    free_voice(converted);

    // A header that claims more samples than follow is not trusted to be played in place:
    // whatever plays lies within the samples that are there.
    std::string short_wav = counting_wav(48000, 2, 1000);
    short_wav.resize(short_wav.size() - 400);
    VoiceBank cut = load_voice(short_wav, index);
    CHECK((cut.sheet == nullptr || cut.sheet->alen <= 900 * 2 * 2));
    free_voice(cut);
}
