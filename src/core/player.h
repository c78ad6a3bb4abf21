// Routine time for a running, pausable, seekable routine. Time is the monotonic
// clock since the last anchor, scaled, plus the routine time at that anchor: it is
// never a sum of frame deltas, so late or dropped frames cannot make it drift.
#pragma once

namespace limber {

class Player {
public:
    void start(double now_ms);
    void pause(double now_ms);
    void resume(double now_ms);
    void seek(double now_ms, double routine_ms);
    void set_time_scale(double now_ms, double scale);

    double time(double now_ms) const;
    bool paused() const { return paused_; }
    double time_scale() const { return scale_; }

private:
    void anchor(double now_ms, double routine_ms);

    double anchor_clock_ms_ = 0;
    double anchor_routine_ms_ = 0;
    double scale_ = 1;
    bool paused_ = true;
};

}  // namespace limber
