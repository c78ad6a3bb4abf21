// The floor program: what any SDL2 + SDL_mixer page costs before it does anything of
// its own. It opens a window, a renderer and the audio output, plays one WAV chunk and
// draws one moving square, nothing more. scripts/bench builds it with the player's flags.
#include <SDL2/SDL.h>
#include <SDL2/SDL_mixer.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdint>

namespace {

SDL_Renderer* g_renderer = nullptr;
int g_width = 960, g_height = 540;

constexpr uint32_t kRate = 44100;
constexpr uint32_t kFrames = kRate / 5;
uint8_t g_wav[44 + kFrames * 2];

void put32(uint8_t* at, uint32_t v) {
    for (int i = 0; i < 4; ++i) at[i] = static_cast<uint8_t>(v >> (8 * i));
}

// A 0.2 s 440 Hz beep as a mono 16-bit WAV file, so the chunk goes through SDL_mixer's loader.
void make_beep_wav() {
    SDL_memcpy(g_wav, "RIFF\0\0\0\0WAVEfmt \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0data", 40);
    put32(g_wav + 4, 36 + kFrames * 2);
    put32(g_wav + 16, 16);
    put32(g_wav + 20, 1 | (1 << 16));  // PCM, one channel
    put32(g_wav + 24, kRate);
    put32(g_wav + 28, kRate * 2);
    put32(g_wav + 32, 2 | (16 << 16));  // block align, bits per sample
    put32(g_wav + 40, kFrames * 2);
    for (uint32_t i = 0; i < kFrames; ++i) {
        const auto s = static_cast<uint16_t>(static_cast<int16_t>(8000 * SDL_sin(2 * M_PI * 440 * i / kRate)));
        g_wav[44 + 2 * i] = static_cast<uint8_t>(s & 0xff);
        g_wav[45 + 2 * i] = static_cast<uint8_t>(s >> 8);
    }
}

// Opening the output takes the browser most of a second, so, like the player (which
// opens it on the first click), the floor opens it only once its first frame is up.
bool open_audio_and_beep() {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0 || Mix_OpenAudio(44100, AUDIO_S16SYS, 1, 1024) != 0) return false;
    make_beep_wav();
    Mix_Chunk* chunk = Mix_LoadWAV_RW(SDL_RWFromConstMem(g_wav, sizeof g_wav), 1);
    return chunk && Mix_PlayChannel(-1, chunk, 0) >= 0;
}

void frame() {
    const double t = emscripten_get_now() / 1000;
    SDL_SetRenderDrawColor(g_renderer, 20, 24, 32, 255);
    SDL_RenderClear(g_renderer);
    const SDL_Rect square{static_cast<int>(g_width / 2 - 40 + g_width * 0.31 * SDL_sin(t * 2)), g_height / 2 - 40, 80, 80};
    SDL_SetRenderDrawColor(g_renderer, 240, 180, 60, 255);
    SDL_RenderFillRect(g_renderer, &square);
    SDL_RenderPresent(g_renderer);
    EM_ASM({ if (Module.onFrame) Module.onFrame(); });
    static bool audio_tried = false;
    if (!audio_tried && !open_audio_and_beep())
        EM_ASM({ console.error('floor: no sound: ' + UTF8ToString($0)); }, SDL_GetError());
    audio_tried = true;
}

}  // namespace

int main() {
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
    // The canvas's size as the page set it, so the floor can be measured at the player's.
    emscripten_get_canvas_element_size("#canvas", &g_width, &g_height);
    SDL_Window* window = SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, g_width, g_height, 0);
    g_renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!g_renderer) return 1;
    emscripten_set_main_loop(frame, 0, 1);
    return 0;
}
