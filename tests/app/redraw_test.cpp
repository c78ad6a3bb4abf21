// The player draws a display frame only when its picture would visibly change (app.cpp:
// picture_of, then frame_due). Playback here at 60 display frames a second, each a little
// early or late, on a clock the test moves: the frames drawn keep every joint, prop and dial mark within 2 CSS pixels of
// the last drawn frame except at a cut, show each new segment in the first frame at or
// after it starts, and let most display frames of a slow hold pass. Between frames it naps
// through the display frames foreseen quiet (quiet_frames), as the app does, which changes
// none of the frames drawn.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "../core/test_catalog.h"
#include "app/hud.h"
#include "app/scene.h"

using namespace limber;

namespace {

constexpr double kFrameMs = 1000.0 / 60;
// A browser calls the frame a little early or late; the app foresees the next display
// frame a smoothed interval on, so the one it foresees is not quite the one that comes.
constexpr double kJitterMs = 1.5;
// The longest nap, in display frames, as the app's.
constexpr int kNapFramesAtMost = 12;

// Display frame `frame`'s clock: on the display's beat, give or take kJitterMs, the same
// in every run.
double frame_clock(int frame) {
    const uint32_t hash = static_cast<uint32_t>(frame) * 2654435761u;
    if (frame == 0) return 0;
    return frame * kFrameMs + kJitterMs * (static_cast<double>(hash >> 8) / static_cast<double>(1u << 23) - 1.0);
}

// The joints as the test sees them: the body of the pose shown, through the stage's camera for it,
// in CSS pixels.
std::vector<Vec2> joints(const Stage& stage, const State& s, float css_per_pixel) {
    const Posed shown = shown_pose(s.posed, stage.shown);
    const Body b = build_body(shown.pose, shown.support);
    const Camera cam = camera_now(stage, b);
    std::vector<Vec2> out;
    for (Vec3 p : {b.head, b.face, b.pelvis, b.spine[2], b.wrist[kLeft], b.wrist[kRight], b.fingers[kLeft], b.fingers[kRight],
                   b.elbow[kLeft], b.elbow[kRight], b.knee[kLeft], b.knee[kRight], b.toe[kLeft], b.toe[kRight]}) {
        const Vec2 q = cam(p);
        out.push_back({q.x * css_per_pixel, q.y * css_per_pixel});
    }
    return out;
}

// The farthest a point of `b` lies from the same point of `a`.
float farthest(const std::vector<Vec2>& a, const std::vector<Vec2>& b) {
    float most = 0;
    for (size_t i = 0; i < a.size(); ++i) most = std::max(most, std::hypot(b[i].x - a[i].x, b[i].y - a[i].y));
    return most;
}

struct Playback {
    int display_frames = 0, drawn = 0, napped = 0;
    std::vector<int> drawn_frames;
    int hold_frames = 0, hold_drawn = 0;  // in Work segments without reps
    int segment_starts = 0, segment_starts_drawn = 0;
    int ring_steps = 0, ring_steps_drawn = 0;  // within a segment
    // The farthest a joint, and any point of the picture, went between drawn frames that are
    // not neighbours, outside cuts; a picture point that went farther within one display
    // frame in between (where the body's touch on a prop ends, say) is left out of that pair.
    float worst_joint = 0, worst_point = 0;
};

Playback play(const Routine& routine, int width, int height, float css_per_pixel, bool nap = true) {
    Session session(test::shipped_catalog());
    session.start(routine, 0);
    const Timeline& timeline = session.timeline();
    const Layout layout = layout_for(width, height);
    Stage stage;
    RedrawGate gate;
    Picture picture, foreseen, last_drawn, previous;
    std::vector<float> leap;  // each point's longest step over one display frame since the last drawn frame
    std::vector<Vec2> last_joints;
    int last_drawn_frame = -2, last_item = -1, nap_until = -1;
    float last_fill = 0;
    size_t segment = 0;
    Side last_side = Side::None;
    Playback p;
    for (int frame = 0; frame * kFrameMs < static_cast<double>(timeline.total_ms); ++frame) {
        const double clock = frame_clock(frame);
        const State s = session.state(clock);
        picture_of(layout, s, session, stage, css_per_pixel, picture);
        // As the app foresees it: across a cut the next frame is drawn anyway.
        const State next = session.state(clock + kFrameMs);
        const bool cut_ahead = next.exercise != s.exercise || next.side != s.side;
        if (!cut_ahead) picture_of(layout, next, session, stage, css_per_pixel, foreseen);
        // A frame the app naps through is not run at all.
        const bool napping = frame <= nap_until;
        const bool due = !napping && frame_due(gate, picture, cut_ahead ? picture : foreseen, frame == 0);
        // As the app naps after a frame: through the frames foreseen quiet but the last, whose
        // display frame a late timer may make the first run again. Where the app also wakes
        // for the page's words and the next cue, this naps on through them, so it naps more.
        if (nap && !napping) {
            const int quiet = quiet_frames(layout, session, stage, css_per_pixel, gate, s, clock, kFrameMs, kNapFramesAtMost,
                                           [](const State&) { return true; });
            nap_until = frame + quiet - 1;
            p.napped += std::max(0, quiet - 1);
        }
        const bool comparable = picture.marks == previous.marks && picture.points.size() == previous.points.size();
        leap.resize(picture.points.size());
        for (size_t k = 0; k < picture.points.size(); ++k)
            leap[k] = std::max(leap[k], comparable ? std::hypot(picture.points[k].x - previous.points[k].x,
                                                                picture.points[k].y - previous.points[k].y)
                                                   : std::numeric_limits<float>::infinity());
        previous = picture;
        ++p.display_frames;
        const size_t now_segment = timeline.segment_at(s.elapsed_ms);
        if (frame > 0 && now_segment != segment) {
            ++p.segment_starts;
            p.segment_starts_drawn += due;
            CHECK(s.phase == timeline.segments[now_segment].phase);
        }
        const float fill = ring_fill(s);
        if (frame > 0 && now_segment == segment && fill != last_fill) {
            ++p.ring_steps;
            p.ring_steps_drawn += due;
        }
        last_fill = fill;
        segment = now_segment;
        const Segment& seg = timeline.segments[now_segment];
        const bool hold = seg.phase == Phase::Work && seg.reps == 0;
        p.hold_frames += hold;
        p.hold_drawn += hold && due;
        const std::vector<Vec2> now_joints = joints(stage, s, css_per_pixel);
        if (!due) continue;
        ++p.drawn;
        p.drawn_frames.push_back(frame);
        const bool cut = s.exercise_index != last_item || s.side != last_side;
        if (!cut && frame > last_drawn_frame + 1) {
            p.worst_joint = std::max(p.worst_joint, farthest(last_joints, now_joints));
            if (picture.marks == last_drawn.marks)
                for (size_t k = 0; k < picture.points.size(); ++k)
                    if (leap[k] <= kMostDrawnStep)
                        p.worst_point = std::max(p.worst_point, std::hypot(picture.points[k].x - last_drawn.points[k].x,
                                                                           picture.points[k].y - last_drawn.points[k].y));
        }
        std::fill(leap.begin(), leap.end(), 0.f);
        last_joints = now_joints;
        last_drawn = picture;
        last_drawn_frame = frame;
        last_item = s.exercise_index;
        last_side = s.side;
    }
    return p;
}

}  // namespace

TEST_CASE("a routine played at 60 frames a second is drawn smoothly, each segment in the first frame at or after its start") {
    const Catalog catalog = test::shipped_catalog();
    const Routine* micro_break = catalog.find_routine("micro-break");
    REQUIRE(micro_break);
    struct Canvas {
        int width, height;
        float css_per_pixel;
    };
    // A laptop's window at 1x and 2x, and a phone held upright at 3x.
    for (const Canvas c : {Canvas{960, 540, 1}, Canvas{1920, 1080, 0.5f}, Canvas{1170, 2100, 1 / 3.f}}) {
        CAPTURE(c.width);
        const Playback p = play(*micro_break, c.width, c.height, c.css_per_pixel);
        CHECK(p.worst_joint <= kMostDrawnStep);
        CHECK(p.worst_point <= kMostDrawnStep);
        CHECK(p.segment_starts >= 8);  // 6 rolls, the twist on each side, the side stretch on each side
        CHECK(p.segment_starts_drawn == p.segment_starts);
        CHECK(p.ring_steps >= 100);  // the routine lasts two minutes
        CHECK(p.ring_steps_drawn == p.ring_steps);
        CHECK(p.drawn < p.display_frames);
        CHECK(p.napped * 4 > p.display_frames);
        MESSAGE(c.width, "x", c.height, ": ", p.drawn, " of ", p.display_frames, " display frames drawn, ", p.napped,
                " napped through; worst step ", p.worst_point, " px");
    }
}

TEST_CASE("most display frames of a slow hold are let pass, its motion still smooth") {
    const Catalog catalog = test::shipped_catalog();
    Routine holds;
    for (const char* id : {"childs-pose", "corner-stretch"})
        holds.items.push_back({catalog.find_exercise(id), Dose{0, 30, 1, false}, ""});
    const Playback p = play(holds, 960, 540, 1);
    CHECK(p.worst_joint <= kMostDrawnStep);
    CHECK(p.worst_point <= kMostDrawnStep);
    CHECK(p.segment_starts_drawn == p.segment_starts);
    REQUIRE(p.hold_frames >= 60 * 60 - 2);  // two 30 s holds; a jittered frame may fall either side of each end
    CHECK(p.hold_drawn * 2 < p.hold_frames);
    CHECK(p.napped * 2 > p.hold_frames);
    MESSAGE("in 30 s holds ", p.hold_drawn, " of ", p.hold_frames, " display frames drawn; ", p.napped,
            " of all display frames napped through; worst step ", p.worst_point, " px");
}

TEST_CASE("napping through the frames foreseen quiet leaves out only frames that would not be drawn") {
    const Catalog catalog = test::shipped_catalog();
    const Routine* micro_break = catalog.find_routine("micro-break");
    REQUIRE(micro_break);
    const Playback napping = play(*micro_break, 960, 540, 1), awake = play(*micro_break, 960, 540, 1, false);
    CHECK(awake.napped == 0);
    CHECK(napping.napped > 0);
    CHECK(napping.drawn_frames == awake.drawn_frames);
}

TEST_CASE("the dial's ring fills a step at each whole second the countdown passes, empty as a segment starts") {
    Session session(test::shipped_catalog());
    REQUIRE(session.start("micro-break", 0));
    int segments = 0;
    for (const Segment& seg : session.timeline().segments) {
        if (seg.phase == Phase::Done) continue;
        ++segments;
        CAPTURE(seg.start_ms);
        const auto fill_at = [&](int64_t at) { return ring_fill(session.state(static_cast<double>(at))); };
        CHECK(fill_at(seg.start_ms + 1) == 0);
        const int64_t seconds = (seg.duration_ms() + 999) / 1000;
        for (int64_t left = 1; left < seconds; ++left) {
            CAPTURE(left);
            const int64_t passed = seg.end_ms - 1000 * left;  // the countdown goes from left + 1 to left
            CHECK(fill_at(passed - 1) == doctest::Approx(static_cast<double>(seconds - left - 1) / static_cast<double>(seconds)));
            CHECK(fill_at(passed + 1) == doctest::Approx(static_cast<double>(seconds - left) / static_cast<double>(seconds)));
        }
    }
    CHECK(segments >= 9);
}
