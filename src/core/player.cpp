#include "player.h"

namespace limber {

void Player::anchor(double now_ms, double routine_ms) {
    anchor_clock_ms_ = now_ms;
    anchor_routine_ms_ = routine_ms;
}

void Player::start(double now_ms) {
    anchor(now_ms, 0);
    paused_ = false;
}

void Player::pause(double now_ms) {
    if (paused_) return;
    anchor(now_ms, time(now_ms));
    paused_ = true;
}

void Player::resume(double now_ms) {
    if (!paused_) return;
    anchor(now_ms, anchor_routine_ms_);
    paused_ = false;
}

void Player::seek(double now_ms, double routine_ms) { anchor(now_ms, routine_ms < 0 ? 0 : routine_ms); }

void Player::set_time_scale(double now_ms, double scale) {
    anchor(now_ms, time(now_ms));
    scale_ = scale;
}

double Player::time(double now_ms) const {
    if (paused_) return anchor_routine_ms_;
    return anchor_routine_ms_ + (now_ms - anchor_clock_ms_) * scale_;
}

}  // namespace limber
