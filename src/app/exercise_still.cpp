#include "exercise_still.h"

#include "core/keyframes.h"
#include "scene.h"

namespace limber {

namespace {

const Exercise* find_exercise(const Catalog& catalog, std::string_view id) {
    for (const Exercise& e : catalog.exercises)
        if (e.id == id) return &e;
    return nullptr;
}

}  // namespace

std::optional<Moment> exercise_moment(const Session& session, std::string_view id) {
    const Exercise* e = find_exercise(session.catalog(), id);
    if (!e) return std::nullopt;
    const ExerciseKeys* keys = session.poses().find(e->id);
    return keys ? telling_moment(*keys) : Moment::Start;
}

ExerciseStills::~ExerciseStills() { release(); }

void ExerciseStills::release() {
    mat_.release();
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (surface_) SDL_FreeSurface(surface_);
    renderer_ = nullptr;
    surface_ = nullptr;
}

// One surface and renderer, kept while the page asks for stills of the same size.
bool ExerciseStills::resize(int width, int height) {
    if (surface_ && surface_->w == width && surface_->h == height) return true;
    release();
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
    if (surface_) renderer_ = SDL_CreateSoftwareRenderer(surface_);
    if (!renderer_) {
        SDL_Log("exercise still: %s", SDL_GetError());
        release();
        return false;
    }
    return true;
}

const Uint8* ExerciseStills::draw(const Session& session, std::string_view id, int width, int height, const Palette& palette) {
    const Exercise* found = find_exercise(session.catalog(), id);
    if (!found || width <= 0 || height <= 0 || width > kMaxStillSide || height > kMaxStillSide || !resize(width, height))
        return nullptr;
    const Exercise& e = *found;
    const Side side = e.dose.per_side ? Side::Left : Side::None;
    const ExerciseKeys* keys = session.poses().find(e.id);
    const ExerciseKeys sided = keys ? keys_for(*keys, side) : ExerciseKeys{};
    // Mirroring keeps how far each pose is from the start, so the sided keys show the same moment.
    const Moment moment = keys ? telling_moment(sided) : Moment::Start;
    const Posed posed{keys ? pose_at_moment(sided, moment) : session.poses().neutral, sided.support};
    // The guide shows the way the body went to reach the moment shown.
    const BreathPhase breath = moment == Moment::In    ? BreathPhase::In
                               : moment == Moment::Out ? BreathPhase::Out
                                                       : BreathPhase::None;

    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer_, palette.background.r, palette.background.g, palette.background.b, 255);
    SDL_RenderClear(renderer_);
    {
        Painter paint(renderer_, palette, buffers_);
        const SDL_FRect fig{0, 0, static_cast<float>(width), static_cast<float>(height)};
        Stage stage;
        draw_exercise_figure(paint, mat_.get(renderer_), stage_for(stage, fig, session.poses(), &e, side), fig.w, posed, breath);
    }
    SDL_RenderPresent(renderer_);
    return static_cast<const Uint8*>(surface_->pixels);
}

}  // namespace limber
