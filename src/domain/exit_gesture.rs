//! The keyboard gesture for quick exit, as GOV.UK's "Exit this page" counts it: Shift pressed *on its own*
//! three times within five seconds. A press counts when Shift is released, and only if nothing else (no
//! key, no pointer) was used while it was down, so typing capitals, or digits on the Czech keyboard (where
//! every digit needs Shift), never counts. Any other key also starts the count again: the gesture is three
//! lone Shifts in a row. Plain Rust, so the rule is tested natively; the component only feeds it events.

/// How many lone Shift presses leave the page.
pub const PRESSES: usize = 3;
/// The presses must all fall within this many milliseconds.
pub const WINDOW_MS: f64 = 5000.0;

/// What the page saw, reduced to what the rule needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEvent {
    /// Shift went down (auto-repeat included).
    ShiftDown,
    /// Shift was released.
    ShiftUp,
    /// Any other key went down, or a pointer was pressed.
    Other,
}

/// The counting state of one page.
#[derive(Debug, Default, Clone)]
pub struct ExitGesture {
    shift_down: bool,
    /// Something else was used while Shift was down: this press is part of typing, not the gesture.
    spoiled: bool,
    /// Times of the counted presses (ms), oldest first.
    presses: Vec<f64>,
}

impl ExitGesture {
    /// Feeds one event at `time_ms` (any monotonic clock); true when this event completes the gesture.
    pub fn feed(&mut self, event: KeyEvent, time_ms: f64) -> bool {
        match event {
            KeyEvent::ShiftDown => {
                if !self.shift_down {
                    self.shift_down = true;
                    self.spoiled = false;
                }
                false
            }
            KeyEvent::Other => {
                self.spoiled |= self.shift_down;
                self.presses.clear();
                false
            }
            KeyEvent::ShiftUp => {
                let counts = self.shift_down && !self.spoiled;
                self.shift_down = false;
                self.spoiled = false;
                if !counts {
                    return false;
                }
                self.presses.retain(|t| time_ms - *t < WINDOW_MS);
                self.presses.push(time_ms);
                let done = self.presses.len() >= PRESSES;
                if done {
                    self.presses.clear();
                }
                done
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::KeyEvent::*;
    use super::*;

    /// Feeds events 100 ms apart; returns whether any of them completed the gesture.
    fn run(events: &[KeyEvent]) -> bool {
        let mut g = ExitGesture::default();
        events.iter().enumerate().fold(false, |hit, (i, e)| g.feed(*e, i as f64 * 100.0) || hit)
    }

    /// Shift held, `n` other keys, Shift released: a capital letter, or a digit on the Czech keyboard.
    fn shifted(n: usize) -> Vec<KeyEvent> {
        let mut v = vec![ShiftDown];
        v.extend(std::iter::repeat_n(Other, n));
        v.push(ShiftUp);
        v
    }

    #[test]
    fn three_lone_shifts_exit() {
        assert!(run(&[ShiftDown, ShiftUp, ShiftDown, ShiftUp, ShiftDown, ShiftUp]));
        assert!(!run(&[ShiftDown, ShiftUp, ShiftDown, ShiftUp]));
    }

    /// Defect 6 (issue 10): on the Czech keyboard every digit needs Shift, so typing "2026" pressed Shift
    /// four times and threw the person out of the comment form, deleting the draft.
    #[test]
    fn shift_in_digits_does_not_exit() {
        // "2026", Shift held once for all four digits, then digit by digit.
        assert!(!run(&shifted(4)));
        let one_by_one: Vec<KeyEvent> = (0..4).flat_map(|_| shifted(1)).collect();
        assert!(!run(&one_by_one));
        // "Praha 2, 12. 3. 2026": capitals and digits mixed with plain letters.
        let sentence = [shifted(1), vec![Other; 4], shifted(1), vec![Other; 2], shifted(2), vec![Other; 2]];
        assert!(!run(&sentence.concat()));
    }

    #[test]
    fn other_key_between_lone_shifts_starts_again() {
        assert!(!run(&[ShiftDown, ShiftUp, ShiftDown, ShiftUp, Other, ShiftDown, ShiftUp]));
        assert!(run(&[Other, ShiftDown, ShiftUp, ShiftDown, ShiftUp, ShiftDown, ShiftUp]));
    }

    #[test]
    fn held_shift_repeats_count_once_and_release_without_press_does_not_count() {
        assert!(!run(&[ShiftDown, ShiftDown, ShiftDown, ShiftDown, ShiftUp]));
        assert!(!run(&[ShiftUp, ShiftUp, ShiftUp]));
    }

    #[test]
    fn presses_must_fall_within_the_window() {
        let mut g = ExitGesture::default();
        let mut at = |e, t| g.feed(e, t);
        assert!(!at(ShiftDown, 0.0) && !at(ShiftUp, 50.0));
        assert!(!at(ShiftDown, 2000.0) && !at(ShiftUp, 2050.0));
        // The first press is now more than 5 s old: two presses in the window, no exit.
        assert!(!at(ShiftDown, 5100.0) && !at(ShiftUp, 5150.0));
        assert!(at(ShiftDown, 5200.0) || at(ShiftUp, 5250.0));
    }

    #[test]
    fn the_count_starts_again_after_an_exit() {
        let mut g = ExitGesture::default();
        let lone = |g: &mut ExitGesture, t: f64| g.feed(ShiftDown, t) | g.feed(ShiftUp, t + 10.0);
        assert!(!lone(&mut g, 0.0) && !lone(&mut g, 100.0) && lone(&mut g, 200.0));
        assert!(!lone(&mut g, 300.0));
    }
}
