// The core's whole API for the platform layer: feed it the clock and commands,
// read back a plain State and the cues that fall due. No SDL, no browser.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "breath.h"
#include "exercise.h"
#include "keyframes.h"
#include "outcome.h"
#include "player.h"
#include "speech.h"
#include "timeline.h"

namespace limber {

enum class Screen { Home, Player, Finished };

// A cue later than this (clock time) is no longer "on the beat": it is dropped, never played late.
constexpr double kStaleCueMs = 250;

const char* screen_name(Screen);

// A routine that ran to its end, and what of it was really played.
struct Finish {
    std::string link;       // the routine, as the link codec writes it
    double elapsed_ms = 0;  // routine time at its end: the planned length
    int count = 0;          // 1 for the first routine finished in this session, then 2, ...
    RunOutcome outcome;
};

struct State {
    Screen screen = Screen::Home;
    std::string routine;             // empty on the home screen
    std::string link;                // the routine as the link codec writes it; empty on the home screen
    int run = 0;                     // counts every start and restart, so a new run is told from the last
    std::optional<Finish> finished;  // the last routine that ran to its end, kept after leaving it
    int exercise_index = -1;         // into the routine's items
    int exercise = -1;               // into Catalog::exercises
    std::string exercise_id;
    std::string exercise_name;
    int next_exercise = -1;  // the item after this one, into Catalog::exercises; -1 on the last
    std::string next_exercise_id;
    std::string next_exercise_name;
    bool in_routine = false;  // false: the phase fields below carry no meaning
    Phase phase = Phase::Done;
    Side side = Side::None;
    // Where the figure comes from: the side of the segment before this one and, in
    // a get-ready, the exercise before this one in the routine (empty for the first)
    // and whether it was done in the same place (on the floor, seated or standing).
    Side previous_side = Side::None;
    std::string previous_exercise_id;
    bool previous_same_place = true;
    int set = 0;
    int sets = 0;
    int rep = 0;          // 1-based rep in a rep-counted Work segment, else 0
    int reps = 0;         // reps to do in this segment, 0 for holds
    int rep_hold_ms = 0;  // each rep's pause at its peak; 0 for plain reps
    // In a held rep's pause, the breath whose end pose the body keeps; else None.
    BreathPhase held_peak = BreathPhase::None;
    double hold_left_ms = 0;  // what is left of that pause
    BreathPhase breath = BreathPhase::None;
    int breath_index = 0;  // 1-based breath within a Work segment, holds included
    double breath_progress = 0;
    double elapsed_ms = 0;
    double remaining_ms = 0;          // to the end of the routine
    double segment_progress = 0;      // 0..1 through the current segment
    double segment_remaining_ms = 0;  // the hold or lead-in countdown
    double segment_ms = 0;            // the current segment's length
    bool paused = false;
    // The readout in words (instruction.h), and the caption of the last cue at or
    // before this moment: what the voice said, in the same moment's terms.
    std::string instruction;
    int countdown_s = 0;          // whole seconds left in the segment, the big number
    std::string countdown_label;  // what countdown_s counts: "seconds left in this hold", ...
    std::string next_up;          // "Next up: <name>" or "Last exercise"; empty while getting ready or resting
    std::string caption;
    Posed posed;  // what the figure shows: pose_at() of the fields above, computed once
};

class Session {
public:
    explicit Session(Catalog catalog, const PoseLibrary& poses = shipped_poses().library)
        : catalog_(std::move(catalog)), poses_(&poses) {}

    const Catalog& catalog() const { return catalog_; }
    // The same catalog in other words (another language, translate_catalog): only words
    // change, so a routine playing keeps its schedule and place, and speaks the new words.
    void set_words(Catalog catalog) { catalog_ = std::move(catalog); }
    const PoseLibrary& poses() const { return *poses_; }
    const Timeline& timeline() const { return timeline_; }

    bool start(const std::string& routine_id, double now_ms);  // false for an unknown id
    void start(const Routine& routine, double now_ms);         // any routine, e.g. from a link
    void pause(double now_ms);
    void resume(double now_ms);
    void next(double now_ms);
    void previous(double now_ms);
    void restart(double now_ms);
    void seek(double now_ms, double routine_ms);
    void set_time_scale(double now_ms, double scale);
    void leave();
    // Reduced motion: the figure holds each breath half's key pose instead of moving through it.
    void set_still(bool still) { still_ = still; }
    // The coach says each rep's number on its in-breath (a setting; captions follow it).
    void set_count_reps(bool count) { count_reps_ = count; }
    bool count_reps() const { return count_reps_; }

    // Moves the session to `now`: finishes the routine at its end and returns the
    // cues whose time lies up to `lead_ms` ahead, each once. Cues that fell behind
    // by more than a moment (a stalled tab) are dropped rather than played late.
    std::vector<CueEvent> advance(double now_ms, double lead_ms);

    State state(double now_ms) const;
    // The routine time of the next cue advance() has not handed out yet; infinite when none is left.
    double next_cue_ms() const;

    double time_scale() const { return player_.time_scale(); }
    // Routine time at `now`; 0 on the home screen.
    double routine_ms(double now_ms) const { return routine_ ? player_.time(now_ms) : 0; }
    // Where a cue of the current routine falls: its exercise and, in work, its breath.
    CueContext context_of(const CueEvent& cue) const;
    // What the voice says for a cue of the current routine, and its caption.
    std::vector<std::string> spoken(const CueEvent& cue) const { return spoken_clips(cue.cue, context_of(cue)); }
    std::string caption_of(const CueEvent& cue) const { return cue_caption(catalog_, cue.cue, context_of(cue)); }

private:
    void jump(double now_ms, double routine_ms);
    // Closes the stretch of routine time that played by itself up to `to_ms`.
    void close_stretch(double to_ms);
    State fields(double now_ms) const;  // everything but the run counters and the pose
    int current_item(double now_ms) const;
    std::string caption_at(double routine_ms) const;

    Catalog catalog_;
    const PoseLibrary* poses_;
    std::optional<Routine> routine_;
    std::string link_;
    Timeline timeline_;
    Player player_;
    Screen screen_ = Screen::Home;
    size_t next_cue_ = 0;
    bool still_ = false;
    bool count_reps_ = false;
    int run_ = 0;
    int finished_run_ = 0;  // the run `finished_` belongs to: each run finishes once
    std::optional<Finish> finished_;
    std::vector<Played> played_;  // this run's stretches, closed so far
    double stretch_from_ms_ = 0;  // where the open stretch began
};

}  // namespace limber
