#include "timeline.h"

#include <algorithm>
#include <cmath>

#include "breath.h"

namespace limber {

const char* phase_name(Phase p) {
    switch (p) {
        case Phase::Ready: return "ready";
        case Phase::Work: return "work";
        case Phase::Switch: return "switch";
        case Phase::Rest: return "rest";
        case Phase::Done: return "done";
    }
    return "done";
}

const char* side_name(Side s) {
    switch (s) {
        case Side::Left: return "left";
        case Side::Right: return "right";
        case Side::None: return "none";
    }
    return "none";
}

const char* cue_name(Cue c) {
    switch (c) {
        case Cue::NextUp: return "next-up";
        case Cue::BreatheIn: return "breathe-in";
        case Cue::BreatheOut: return "breathe-out";
        case Cue::KeepBreathing: return "keep-breathing";
        case Cue::Halfway: return "halfway";
        case Cue::Form: return "form";
        case Cue::Count3: return "count-3";
        case Cue::Count2: return "count-2";
        case Cue::Count1: return "count-1";
        case Cue::SwitchSides: return "switch-sides";
        case Cue::Rest: return "rest";
        case Cue::Complete: return "complete";
    }
    return "next-up";
}

namespace {

struct Builder {
    Timeline tl;
    int64_t now = 0;

    // The last three seconds before `end`, those after `after`.
    void countdown_to(int64_t end, int64_t after) {
        for (int n = 3; n >= 1; --n) {
            const int64_t at = end - n * 1000;
            if (at > after) tl.cues.push_back({at, n == 3 ? Cue::Count3 : n == 2 ? Cue::Count2 : Cue::Count1});
        }
    }
    void countdown(int64_t end) { countdown_to(end, tl.segments.back().start_ms); }

    void add(Segment seg, int64_t duration, Cue opening) {
        seg.start_ms = now;
        seg.end_ms = now + duration;
        now = seg.end_ms;
        tl.segments.push_back(seg);
        tl.cues.push_back({seg.start_ms, opening});
    }

    // One rep's cues: a breath word at each half-breath (at or just after it, so the cue
    // and the breath agree), "keep breathing" as its pause begins, the pause's end counted when long enough, and on the middle
    // rep's out-breath move, once the breath words have gone quiet, the form reminder.
    void reps_cues(const Segment& seg, int r) {
        const int64_t rep_start = seg.start_ms + rep_ms(seg) * r;
        const int64_t pause_end = rep_start + pause_end_ms(seg);
        const bool counted = seg.rep_hold_ms >= kCountedPauseFromSeconds * 1000;
        bool paused = false;
        for (int i = 0; i < beats_per_rep(seg); ++i) {
            const Beat beat = rep_beat(seg, i);
            const int64_t at = rep_start + static_cast<int64_t>(std::ceil(beat.start_ms));
            if (beat.holding && !paused) {
                tl.cues.push_back({at, Cue::KeepBreathing});
                paused = true;
            } else if (beat.holding && counted && at >= pause_end - 3000) {
                continue;
            } else if (at > seg.start_ms) {
                tl.cues.push_back({at, beat.phase == BreathPhase::In ? Cue::BreatheIn : Cue::BreatheOut});
            }
            if (!beat.holding && beat.phase == BreathPhase::Out && seg.reps >= kFormFromReps && r == seg.reps / 2)
                tl.cues.push_back({at, Cue::Form});
        }
        if (counted) countdown_to(pause_end, pause_end - seg.rep_hold_ms);
    }

    void work(Segment seg, const Dose& dose) {
        seg.phase = Phase::Work;
        const int64_t breath = seg.tempo.breath_ms();
        if (dose.reps > 0) {
            seg.reps = dose.reps;
            seg.rep_hold_ms = dose.hold_s * 1000;
            const int64_t rep = rep_ms(seg);
            add(seg, rep * dose.reps, Cue::BreatheIn);
            const Segment& added = tl.segments.back();
            for (int r = 0; r < dose.reps; ++r) reps_cues(added, r);
        } else {
            add(seg, int64_t{dose.hold_s} * 1000, Cue::KeepBreathing);
            const int64_t start = tl.segments.back().start_ms;
            // The breath is paced all through the hold, up to the last three seconds' count;
            // the opening cue stands for the first in-breath.
            const int64_t counted = now - 3000;
            for (int64_t at = start; at < counted; at += breath) {
                if (at > start) tl.cues.push_back({at, Cue::BreatheIn});
                if (at + seg.tempo.in_ms < counted) tl.cues.push_back({at + seg.tempo.in_ms, Cue::BreatheOut});
            }
            if (start + seg.tempo.in_ms < counted) tl.cues.push_back({start + seg.tempo.in_ms, Cue::Form});
            if (dose.hold_s >= kHalfwayFromSeconds) tl.cues.push_back({start + int64_t{dose.hold_s} * 500, Cue::Halfway});
            countdown(now);
        }
    }
};

}  // namespace

Timeline compile(const Catalog& catalog, const Routine& routine, const Timing& timing) {
    Builder b;
    for (size_t i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& item = routine.items[i];
        const Exercise& ex = catalog.exercises[static_cast<size_t>(item.exercise)];
        Segment base;
        base.item = static_cast<int>(i);
        base.tempo = ex.tempo;
        for (int set = 1; set <= item.dose.sets; ++set) {
            base.set = set;
            base.side = item.dose.per_side ? Side::Left : Side::None;
            Segment lead = base;
            if (set == 1) {
                lead.phase = Phase::Ready;
                b.add(lead, timing.ready_ms, Cue::NextUp);
            } else {
                lead.phase = Phase::Rest;
                b.add(lead, timing.rest_ms, Cue::Rest);
            }
            b.countdown(b.now);
            b.work(base, item.dose);
            if (item.dose.per_side) {
                Segment sw = base;
                sw.phase = Phase::Switch;
                sw.side = Side::Right;
                b.add(sw, timing.switch_ms, Cue::SwitchSides);
                b.countdown(b.now);
                Segment right = base;
                right.side = Side::Right;
                b.work(right, item.dose);
            }
        }
    }
    Segment done;
    done.start_ms = done.end_ms = b.now;
    b.tl.segments.push_back(done);
    b.tl.cues.push_back({b.now, Cue::Complete});
    b.tl.total_ms = b.now;
    std::stable_sort(b.tl.cues.begin(), b.tl.cues.end(), [](const CueEvent& a, const CueEvent& c) { return a.at_ms < c.at_ms; });
    return b.tl;
}

size_t Timeline::segment_at(double t_ms) const {
    // The first segment whose end lies after t; Done (the last) catches everything past the end.
    auto it = std::upper_bound(segments.begin(), segments.end() - 1, t_ms,
                               [](double t, const Segment& s) { return t < static_cast<double>(s.end_ms); });
    return static_cast<size_t>(it - segments.begin());
}

int64_t Timeline::item_start_ms(int item) const {
    for (const auto& s : segments)
        if (s.item == item) return s.start_ms;
    return total_ms;
}

}  // namespace limber
