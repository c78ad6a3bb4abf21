// The exercise model: what the catalog says about each movement and routine.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace limber {

// A dose is a hold (hold_s alone), reps (reps alone) or held reps (both: each rep
// keeps still for hold_s at the peak of its move, breathing on).
struct Dose {
    int reps = 0;
    int hold_s = 0;
    int sets = 1;
    bool per_side = false;
};

// The breath whose end a rep's move peaks at: where a held rep keeps still.
enum class Peak { In, Out };

// One rep is one breath for breath-linked moves; holds breathe at this pace too.
struct Tempo {
    int in_ms = 4000;
    int out_ms = 6000;
    Peak peak = Peak::In;
    int breath_ms() const { return in_ms + out_ms; }
};

enum class Position { Standing, Seated, AllFours, Kneeling, Lying, Wall, Doorway };
enum class Equipment { None, Chair, Wall, Doorway, FoamRollerOrTowel, BandOrDumbbells };
enum class Kind { Stretch, Mobility, Strength };
enum class Frequency { Daily, ThreeToFourPerWeek };

// Where the camera looks from, written for the left side (the keys' side, whose arm
// does the work): yaw around the figure from straight in front of it, positive toward
// its left (90: its left side, 180: its back); pitch above the horizontal, looking
// down; distance from the middle of the figure, in body units (standing height about 1).
// What the picture holds: the whole figure, or from the hips up where the work is all in
// the shoulders and a whole standing figure would draw it too small to see.
enum class Framing { Whole, UpperBody };
struct CameraAngle {
    double yaw = 0;
    double pitch = 10;
    double distance = 4;
    Framing framing = Framing::Whole;
};
constexpr double kCameraYawMax = 180;  // yaw runs from -kCameraYawMax to kCameraYawMax
constexpr double kCameraPitchMin = -10;
constexpr double kCameraPitchMax = 80;
constexpr double kCameraDistanceMin = 2;  // nearer, the near limbs would swell out of proportion
constexpr double kCameraDistanceMax = 12;

// What the articles allow; a user's own dose is kept inside it.
struct DoseRange {
    int reps_min = 0, reps_max = 0;
    int hold_min = 0, hold_max = 0;
    int sets_min = 1, sets_max = 1;
};

struct Exercise {
    std::string id;
    std::string name;
    std::string purpose;
    std::vector<std::string> steps;
    Position position = Position::Standing;
    Equipment equipment = Equipment::None;
    Kind kind = Kind::Stretch;
    CameraAngle camera;
    Dose dose;
    DoseRange range;
    bool dose_from_articles = true;  // false: the articles give none, the dose is Limber's choice
    std::string dose_note;           // where the range and the default come from, in a sentence or two
    Tempo tempo;
    std::string breath_in;   // what the body does on the in-breath
    std::string breath_out;  // and on the out-breath
    std::string setup_line;  // the coach's one line for getting into position, said while getting ready
    std::string form_line;   // and its one reminder of form, said once during the work
    std::vector<std::string> cautions;
    Frequency frequency = Frequency::Daily;
    std::string frequency_note;        // which article says how often, or why Limber chose
    std::vector<std::string> choices;  // each editorial choice where the articles disagree or say nothing
    std::vector<std::string> sources;  // seed articles that describe it
};

const char* position_name(Position);
const char* equipment_name(Equipment);
const char* kind_name(Kind);
const char* framing_name(Framing);  // "whole", "upper-body"
const char* frequency_name(Frequency);
const char* peak_name(Peak);  // "in", "out"

// Where the body is while doing an exercise: on the floor (all fours, kneeling,
// lying), seated, or standing (at a wall or in a doorway too). The figure moves
// between exercises in the same place without standing up first.
enum class Place { Floor, Seated, Standing };
Place place_of(Position);
const char* place_name(Place);  // "floor", "seated", "standing"

struct RoutineItem {
    int exercise = 0;  // index into Catalog::exercises
    Dose dose;
    std::string shortened;  // why a short routine goes below the exercise's range; empty inside it
};

struct Routine {
    std::string id;
    std::string name;
    std::string description;
    std::vector<RoutineItem> items;
    std::vector<std::string> sources;  // the seed articles it is built from; none for a user's own
};

// A routine at a glance: where it is done and with what, and what it works on.
enum class RoutinePlace { Floor, DeskFriendly, Standing };
const char* routine_place_name(RoutinePlace);  // "floor", "desk-friendly", "standing"

struct RoutineFacts {
    RoutinePlace place = RoutinePlace::Standing;
    bool floor = false;                // some exercise is done on the floor
    std::vector<Kind> kinds;           // each once, in the order the routine meets them
    std::vector<Equipment> equipment;  // the same, without Equipment::None
};

// What everyone should know before the first routine: shown once before it and whenever asked.
struct SafetyNote {
    std::string title;
    std::vector<std::string> advice;         // who checks with a professional first, warming up, stopping
    std::string warning;                     // leads into the signs: "See a doctor rather than stretching if ..."
    std::vector<std::string> warning_signs;  // pain after a fall, chest pain, numb arms, ...
};

struct Catalog {
    std::string language = "en";  // the code of the language its words are in
    std::vector<Exercise> exercises;
    std::vector<Routine> routines;
    // What the page calls each position, piece of equipment and kind of work.
    std::map<Position, std::string> position_words;    // "on all fours"
    std::map<Equipment, std::string> equipment_words;  // "a chair"; none for Equipment::None
    std::map<Kind, std::string> kind_words;            // "Stretch"
    SafetyNote safety;
    // The coach's fixed words, by clip id (speech.h names the ids it needs), and the
    // numbers it counts with: numbers[0] says one.
    std::map<std::string, std::string> phrases;
    std::vector<std::string> numbers;
    // The player's words beside the countdown, by key (instruction.h names them), with
    // {placeholders} the player fills in: "Get ready: {exercise}".
    std::map<std::string, std::string> readout;

    const Routine* find_routine(const std::string& id) const;
    int find_exercise(const std::string& id) const;  // -1 when unknown
};

RoutineFacts routine_facts(const Catalog& catalog, const Routine& routine);
// How often to do the routine, from its exercises' frequencies: "How often: every day."
std::string how_often(const Catalog& catalog, const Routine& routine);

// Limits any dose must keep, from the catalog, a link or saved data alike.
constexpr int kMaxReps = 100;
constexpr int kMaxHoldSeconds = 600;
constexpr int kMaxSets = 10;

// Why a dose cannot be played at all ("needs reps or holdSeconds", ...) in the catalog's
// words, or empty.
std::string dose_problem(const Catalog& catalog, const Dose& dose);
// Where the dose counts something else than the exercise does (a hold given reps, reps
// given a hold, held reps missing either), in the catalog's words; empty when it matches.
std::string shape_problem(const Catalog& catalog, const Exercise& exercise, const Dose& dose);

// Where a well-formed dose leaves the exercise's range, or empty when it keeps inside it.
struct RangeMiss {
    std::string field;  // "reps", "holdSeconds" or "sets"
    int value = 0;      // what the dose says
    int min = 0, max = 0;
    bool below() const { return value < min; }
    bool empty() const { return field.empty(); }
    int nearest() const { return below() ? min : max; }  // the end of the range the value is brought to
};
RangeMiss range_miss(const Exercise& exercise, const Dose& dose);
// Every miss, the amount's (reps or holdSeconds) before the sets'; none inside the range.
std::vector<RangeMiss> range_misses(const Exercise& exercise, const Dose& dose);
// The dose with each miss brought to the nearest end of the range.
Dose within_range(const Exercise& exercise, const Dose& dose);
// The miss in the catalog's words: "Cat-cow takes 10 to 15 reps (the articles' range)."
// For a link, it also says what plays instead: "... (the articles' range); this link
// asked for 40, so it plays 15."
std::string range_message(const Catalog& catalog, const Exercise& exercise, const RangeMiss& miss, bool from_link = false);

}  // namespace limber
