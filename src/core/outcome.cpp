#include "outcome.h"

#include <algorithm>

namespace limber {

const char* outcome_name(bool done) { return done ? "done" : "skipped"; }

bool break_counts(double worked_ms, double work_ms) { return 2 * worked_ms >= work_ms; }

RunOutcome run_outcome(const Timeline& timeline, const std::vector<Played>& played) {
    RunOutcome out;
    std::vector<Played> merged;
    for (const Played& p : played)
        if (p.to_ms > p.from_ms) {
            out.spent_ms += p.to_ms - p.from_ms;
            merged.push_back(p);
        }
    // Played again after going back is time spent twice but work done once.
    std::sort(merged.begin(), merged.end(), [](const Played& a, const Played& b) { return a.from_ms < b.from_ms; });
    std::vector<Played> once;
    for (const Played& p : merged) {
        if (!once.empty() && p.from_ms <= once.back().to_ms) once.back().to_ms = std::max(once.back().to_ms, p.to_ms);
        else once.push_back(p);
    }
    for (const Segment& seg : timeline.segments) {
        if (seg.item < 0) continue;
        if (static_cast<size_t>(seg.item) >= out.exercises.size()) out.exercises.resize(static_cast<size_t>(seg.item) + 1);
        if (seg.phase != Phase::Work) continue;
        ExerciseOutcome& e = out.exercises[static_cast<size_t>(seg.item)];
        const double start = static_cast<double>(seg.start_ms);
        const double end = static_cast<double>(seg.end_ms);
        e.work_ms += end - start;
        for (const Played& p : once) e.worked_ms += std::max(0.0, std::min(end, p.to_ms) - std::max(start, p.from_ms));
    }
    for (ExerciseOutcome& e : out.exercises) {
        e.done = e.work_ms - e.worked_ms < kUnplayedWorkSlackMs;
        out.work_ms += e.work_ms;
        out.worked_ms += e.worked_ms;
    }
    out.counts = break_counts(out.worked_ms, out.work_ms);
    return out;
}

}  // namespace limber
