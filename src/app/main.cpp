// Entry point: the browser drives frames with requestAnimationFrame; a desktop
// window (used for screenshots under Xvfb) loops on vsync.
#include "app.h"
#include "platform.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include "embedded/voice_assets.h"
#endif

int main(int argc, char** argv) {
    limber::App& a = limber::app();
    if (!limber::app_init(a)) return 1;
#ifdef __EMSCRIPTEN__
    (void)argc;
    (void)argv;
    emscripten_set_main_loop_arg([](void* p) { limber::app_frame(*static_cast<limber::App*>(p)); }, &a, 0, 1);
#else
    limber::audio_give_voice(a.audio, std::string(limber::voice_asset("voice.opus")), limber::voice_asset("voice.json"));
    limber::audio_open(a.audio);
    if (argc > 1) a.session.start(argv[1], limber::platform_now_ms());
    while (a.running) {
        limber::app_frame(a);
        SDL_Delay(1);
    }
    SDL_Quit();
#endif
    return 0;
}
