#include "session.h"

#include <algorithm>
#include <limits>

#include "instruction.h"
#include "link.h"

namespace limber {

namespace {
// Pressing "previous" this far into an exercise restarts it instead of going back.
constexpr double kPreviousRestartsAfterMs = 3000;
}  // namespace

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Home: return "home";
        case Screen::Player: return "player";
        case Screen::Finished: return "finished";
    }
    return "home";
}

bool Session::start(const std::string& routine_id, double now_ms) {
    const Routine* r = catalog_.find_routine(routine_id);
    if (!r) return false;
    start(*r, now_ms);
    return true;
}

void Session::start(const Routine& routine, double now_ms) {
    routine_ = routine;
    link_ = encode_link(catalog_, routine);
    timeline_ = compile(catalog_, routine);
    screen_ = Screen::Player;
    player_.start(now_ms);
    next_cue_ = 0;
    ++run_;
    played_.clear();
    stretch_from_ms_ = 0;
}

void Session::pause(double now_ms) {
    if (screen_ == Screen::Player) player_.pause(now_ms);
}

void Session::resume(double now_ms) {
    if (screen_ == Screen::Player) player_.resume(now_ms);
}

void Session::close_stretch(double to_ms) {
    to_ms = std::min(to_ms, static_cast<double>(timeline_.total_ms));
    if (to_ms > stretch_from_ms_) played_.push_back({stretch_from_ms_, to_ms});
    stretch_from_ms_ = to_ms;
}

void Session::jump(double now_ms, double routine_ms) {
    if (!routine_) return;
    // On the finished screen time stands at the end: nothing more of the run was played.
    if (screen_ == Screen::Player) close_stretch(player_.time(now_ms));
    player_.seek(now_ms, std::min(routine_ms, static_cast<double>(timeline_.total_ms)));
    const double t = player_.time(now_ms);
    auto first = std::lower_bound(timeline_.cues.begin(), timeline_.cues.end(), t,
                                  [](const CueEvent& c, double at) { return static_cast<double>(c.at_ms) < at; });
    next_cue_ = static_cast<size_t>(first - timeline_.cues.begin());
    stretch_from_ms_ = t;
    if (screen_ == Screen::Finished && t < static_cast<double>(timeline_.total_ms)) {
        screen_ = Screen::Player;
        player_.resume(now_ms);
    }
}

int Session::current_item(double now_ms) const {
    const size_t seg = timeline_.segment_at(player_.time(now_ms));
    return timeline_.segments[seg].item;
}

void Session::next(double now_ms) {
    if (screen_ != Screen::Player) return;
    const int item = current_item(now_ms);
    jump(now_ms, static_cast<double>(timeline_.item_start_ms(item + 1)));
}

void Session::previous(double now_ms) {
    if (screen_ == Screen::Home) return;
    int item = current_item(now_ms);
    if (item < 0) item = static_cast<int>(routine_->items.size());  // from Done: back to the last exercise
    const double into = player_.time(now_ms) - static_cast<double>(timeline_.item_start_ms(item));
    if (into < kPreviousRestartsAfterMs && item > 0) --item;
    if (item >= static_cast<int>(routine_->items.size())) item = static_cast<int>(routine_->items.size()) - 1;
    jump(now_ms, static_cast<double>(timeline_.item_start_ms(item)));
}

void Session::restart(double now_ms) {
    if (!routine_) return;
    jump(now_ms, 0);
    ++run_;
    played_.clear();
}

void Session::seek(double now_ms, double routine_ms) {
    if (screen_ != Screen::Home) jump(now_ms, routine_ms);
}

void Session::set_time_scale(double now_ms, double scale) { player_.set_time_scale(now_ms, scale); }

void Session::leave() {
    screen_ = Screen::Home;
    routine_.reset();
    link_.clear();
    timeline_ = {};
}

std::vector<CueEvent> Session::advance(double now_ms, double lead_ms) {
    std::vector<CueEvent> due;
    if (screen_ != Screen::Player) return due;
    const double t = player_.time(now_ms);
    if (!player_.paused()) {
        const auto& cues = timeline_.cues;
        // Lateness is what a listener hears: clock time, whatever the time scale.
        const double stale_ms = kStaleCueMs * player_.time_scale();
        while (next_cue_ < cues.size() && static_cast<double>(cues[next_cue_].at_ms) <= t + lead_ms) {
            if (static_cast<double>(cues[next_cue_].at_ms) >= t - stale_ms) due.push_back(cues[next_cue_]);
            ++next_cue_;
        }
    }
    if (t >= static_cast<double>(timeline_.total_ms)) {
        // The routine is over at its scheduled end, whenever this frame happens to land.
        player_.pause(now_ms);
        player_.seek(now_ms, static_cast<double>(timeline_.total_ms));
        screen_ = Screen::Finished;
        if (finished_run_ != run_) {
            close_stretch(t);
            finished_run_ = run_;
            finished_ = Finish{link_, static_cast<double>(timeline_.total_ms), finished_ ? finished_->count + 1 : 1,
                               run_outcome(timeline_, played_)};
        }
    }
    return due;
}

double Session::next_cue_ms() const {
    if (screen_ != Screen::Player || next_cue_ >= timeline_.cues.size()) return std::numeric_limits<double>::infinity();
    return static_cast<double>(timeline_.cues[next_cue_].at_ms);
}

CueContext Session::context_of(const CueEvent& cue) const {
    CueContext c;
    if (!routine_) return c;
    const Segment& seg = timeline_.segments[timeline_.segment_at(static_cast<double>(cue.at_ms))];
    // The routine's end belongs to the last exercise; every other cue to its own segment.
    const int item = seg.item >= 0 ? seg.item : static_cast<int>(routine_->items.size()) - 1;
    c.exercise = &catalog_.exercises[static_cast<size_t>(routine_->items[static_cast<size_t>(item)].exercise)];
    c.side = seg.side;
    c.in_hold = seg.phase == Phase::Work && seg.reps == 0;
    const Breath breath = breath_at(seg, static_cast<double>(cue.at_ms));
    c.breath = breath.rep;
    c.first = cue.at_ms == 0;
    const size_t numbers = catalog_.numbers.size();
    c.count_reps = count_reps_ && seg.reps > 0 && !breath.holding && static_cast<size_t>(c.breath) <= numbers;
    if (cue.cue == Cue::Complete) {
        // Said as the end comes due: what is still open plays on to the end by itself.
        std::vector<Played> played = played_;
        if (screen_ == Screen::Player) played.push_back({stretch_from_ms_, static_cast<double>(timeline_.total_ms)});
        int done = 0;
        for (const ExerciseOutcome& e : run_outcome(timeline_, played).exercises) done += e.done ? 1 : 0;
        c.exercises_done = static_cast<size_t>(done) <= numbers ? done : 0;
    }
    return c;
}

State Session::state(double now_ms) const {
    State s = fields(now_ms);
    s.run = run_;
    s.finished = finished_;
    s.posed = pose_at(*poses_, s, {still_});
    return s;
}

State Session::fields(double now_ms) const {
    State s;
    s.screen = screen_;
    if (!routine_) return s;
    s.routine = routine_->id;
    s.link = link_;
    s.in_routine = true;
    s.paused = player_.paused();
    const double t = player_.time(now_ms);
    const size_t index = timeline_.segment_at(t);
    const Segment& seg = timeline_.segments[index];
    s.phase = seg.phase;
    s.elapsed_ms = t;
    s.remaining_ms = std::max(0.0, static_cast<double>(timeline_.total_ms) - t);
    s.caption = caption_at(t);
    if (seg.phase == Phase::Done) return s;
    const RoutineItem& item = routine_->items[static_cast<size_t>(seg.item)];
    const Exercise& exercise = catalog_.exercises[static_cast<size_t>(item.exercise)];
    s.exercise_index = seg.item;
    s.exercise = item.exercise;
    s.exercise_id = exercise.id;
    s.exercise_name = exercise.name;
    if (static_cast<size_t>(seg.item) + 1 < routine_->items.size()) {
        s.next_exercise = routine_->items[static_cast<size_t>(seg.item) + 1].exercise;
        const Exercise& next = catalog_.exercises[static_cast<size_t>(s.next_exercise)];
        s.next_exercise_id = next.id;
        s.next_exercise_name = next.name;
    }
    s.side = seg.side;
    if (index > 0) {
        const Segment& before = timeline_.segments[index - 1];
        s.previous_side = before.side;
        if (seg.phase == Phase::Ready && before.item >= 0 && before.item != seg.item) {
            const Exercise& prev =
                catalog_.exercises[static_cast<size_t>(routine_->items[static_cast<size_t>(before.item)].exercise)];
            s.previous_exercise_id = prev.id;
            s.previous_same_place = place_of(prev.position) == place_of(exercise.position);
        }
    }
    s.set = seg.set;
    s.sets = item.dose.sets;
    s.reps = seg.reps;
    s.segment_progress = (t - static_cast<double>(seg.start_ms)) / static_cast<double>(seg.duration_ms());
    s.segment_remaining_ms = static_cast<double>(seg.end_ms) - t;
    s.segment_ms = static_cast<double>(seg.duration_ms());
    const Breath b = breath_at(seg, t);
    s.breath = b.phase;
    s.breath_progress = b.progress;
    s.breath_index = b.rep;
    if (b.holding) {
        s.held_peak = seg.tempo.peak == Peak::In ? BreathPhase::In : BreathPhase::Out;
        s.hold_left_ms = b.hold_left_ms;
    }
    if (seg.reps > 0) s.rep = b.rep;
    s.rep_hold_ms = seg.rep_hold_ms;
    describe(s, exercise, catalog_);
    return s;
}

std::string Session::caption_at(double routine_ms) const {
    // Every segment opens with a cue, so the last one due is always the current segment's.
    auto after = std::upper_bound(timeline_.cues.begin(), timeline_.cues.end(), routine_ms,
                                  [](double at, const CueEvent& c) { return at < static_cast<double>(c.at_ms); });
    if (after == timeline_.cues.begin()) return {};
    return caption_of(*(after - 1));
}

}  // namespace limber
