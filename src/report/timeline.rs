//! Drawing a course's [`Timeline`] (made by `planner::timeline`): as text for a terminal
//! ([`text`]) or as SVG for the HTML report ([`svg`]).

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::calendar;
use crate::i18n::Localizer;
use crate::planner::timeline::{Label, Mark, Stretch, Timeline};

fn label(label: &Label, l10n: &Localizer) -> String {
    match label {
        Label::Term(id) => l10n.text(id),
        Label::Client(id) | Label::Name(id) => id.clone(),
        Label::Course {
            number,
            name,
            cancelled: false,
        } => format!("{number} {name}"),
        Label::Course {
            number,
            name,
            cancelled: true,
        } => format!("{number} {name} ({})", l10n.text("timeline-cancelled")),
    }
}

/// `text` cut to `max` characters, the last of them an ellipsis when anything was cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The lines under a provider's chart: the courses outside the window, and the plans that
/// could not be checked, with why.
fn notes(t: &Timeline, l10n: &Localizer) -> Vec<String> {
    let mut out = Vec::new();
    if t.before > 0 {
        out.push(l10n.format(&crate::msg!(
            "timeline-before",
            courses = t.before,
            from = t.from
        )));
    }
    if t.after > 0 {
        out.push(l10n.format(&crate::msg!("timeline-after", courses = t.after, to = t.to)));
    }
    if !t.unchecked.is_empty() {
        out.push(l10n.format(&crate::msg!(
            "timeline-unchecked",
            plans = t.unchecked.len()
        )));
        for (path, why) in &t.unchecked {
            out.push(format!("  {path} — {why}"));
        }
    }
    out
}

/// The timeline for a terminal `width` columns wide; plain ASCII without colour, or
/// Unicode blocks with ANSI colour.
pub fn text(t: &Timeline, l10n: &Localizer, width: usize, color: bool) -> String {
    // Names whole, up to a third of the width (at least 26 characters): past that, an ellipsis.
    let limit = (width / 3).max(26);
    let labels: Vec<String> = t
        .rows
        .iter()
        .map(|r| cut(&label(&r.label, l10n), limit))
        .collect();
    let label_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(8)
        .clamp(8, limit);
    let columns = width.saturating_sub(label_width + 2).max(20);
    let per_column = (t.days() as usize).div_ceil(columns).max(1);
    let col =
        |d: NaiveDate| ((d - t.from).num_days().max(0) as usize / per_column).min(columns - 1);
    let mut out = String::new();

    // Axis: years on one line, months below.
    let mut years = vec![' '; columns];
    let mut months = vec![' '; columns];
    let mut last_year = None;
    let ticks: Vec<NaiveDate> = ticks(t).collect();
    for (k, &month) in ticks.iter().enumerate() {
        let c = col(month);
        let name = l10n.text(&format!("month-{}", month.month()));
        // A part of a month at the start, whose name would crowd out the next month's, is
        // left unnamed: the first of the next month names its month and year.
        if k == 0
            && month.day() != 1
            && ticks
                .get(1)
                .is_some_and(|&next| col(next) < c + name.chars().count() + 2)
        {
            continue;
        }
        // A name needs its own columns and a blank one on each side, or names run together.
        let fits = |line: &[char], text: &str| {
            let end = c + text.chars().count();
            end <= columns
                && line[c.saturating_sub(1)..(end + 1).min(columns)]
                    .iter()
                    .all(|ch| *ch == ' ')
        };
        if fits(&months, &name) {
            for (i, ch) in name.chars().enumerate() {
                months[c + i] = ch;
            }
        }
        // A year is counted as shown only once it is drawn, so that a later month shows it.
        if last_year != Some(month.year()) {
            let year = month.year().to_string();
            if fits(&years, &year) {
                for (i, ch) in year.chars().enumerate() {
                    years[c + i] = ch;
                }
                last_year = Some(month.year());
            }
        }
    }
    let pad = " ".repeat(label_width + 2);
    let _ = writeln!(out, "{pad}{}", years.iter().collect::<String>().trim_end());
    let _ = writeln!(out, "{pad}{}", months.iter().collect::<String>().trim_end());

    let paint = |s: &str, code: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    };
    // The legend lists only the symbols the drawing uses.
    let mut drawn = std::collections::BTreeSet::new();
    for (row, label) in t.rows.iter().zip(&labels) {
        let mut cells: Vec<(char, &str)> = vec![(' ', ""); columns];
        // On-site days last, so that a remote period or a client's window never hides them.
        let mut stretches = row.stretches.clone();
        stretches.sort_by_key(|(a, _, stretch)| (stretch_rank(*stretch), *a));
        let mut onsite = vec![false; columns];
        for (a, b, stretch) in &stretches {
            let (ch, code) = match (stretch, color) {
                (Stretch::Onsite, true) => ('█', "32"),
                (Stretch::Onsite, false) => ('#', ""),
                (Stretch::Remote, true) => ('▒', "34"),
                (Stretch::Remote, false) => ('=', ""),
                (Stretch::Window, true) => ('─', "2"),
                (Stretch::Window, false) => ('-', ""),
            };
            cells[col(*a)..=col(*b)].fill((ch, code));
            if *stretch == Stretch::Onsite {
                onsite[col(*a)..=col(*b)].fill(true);
            }
        }
        let mut marks = row.marks.clone();
        marks.sort_by_key(|(_, m)| *m);
        for (date, mark) in marks {
            let c = col(date);
            if let Mark::Course(number) = mark {
                // A person's course, by number, just after the stretch (or just before it):
                // never on a bar, never over another mark.
                let digits: Vec<char> = number.to_string().chars().collect();
                // Free, and not touching another number ("38" and "47" must not read "3847").
                let free = |from: usize| {
                    let end = from + digits.len();
                    end <= columns
                        && cells[from..end].iter().all(|(ch, _)| *ch == ' ')
                        && (from == 0 || !cells[from - 1].0.is_ascii_digit())
                        && (end == columns || !cells[end].0.is_ascii_digit())
                };
                let at = if free(c + 1) {
                    Some(c + 1)
                } else {
                    let start = row
                        .stretches
                        .iter()
                        .filter(|(_, b, _)| *b == date)
                        .map(|(a, _, _)| col(*a))
                        .min()
                        .unwrap_or(c);
                    start.checked_sub(digits.len()).filter(|&from| free(from))
                };
                if let Some(at) = at {
                    for (i, ch) in digits.into_iter().enumerate() {
                        cells[at + i] = (ch, "1");
                    }
                }
                continue;
            }
            // An on-site day wins its column: a clash is drawn on it, a finding beside it, and
            // anything else gives way.
            let c = if !onsite[c] || mark == Mark::Clash {
                Some(c)
            } else if matches!(mark, Mark::Error | Mark::Warning) {
                [c + 1, c.wrapping_sub(1)]
                    .into_iter()
                    .find(|&n| n < columns && !onsite[n])
            } else {
                None
            };
            if let Some(c) = c {
                cells[c] = glyph(mark, color);
            }
        }
        if (t.from..=t.to).contains(&t.today) && cells[col(t.today)].0 == ' ' {
            cells[col(t.today)] = (today_glyph(color), "36");
        }
        drawn.extend(cells.iter().map(|(ch, _)| *ch));
        let line: String = cells
            .iter()
            .map(|(ch, code)| {
                if code.is_empty() {
                    ch.to_string()
                } else {
                    paint(&ch.to_string(), code)
                }
            })
            .collect();
        let _ = writeln!(out, "{label:<label_width$}  {}", line.trim_end());
    }
    for note in notes(t, l10n) {
        let _ = writeln!(out, "{note}");
    }
    out.push('\n');
    let today = today_glyph(color).to_string();
    let legend = STRETCHES
        .map(|stretch| (glyph_text(stretch, color), stretch_legend(stretch)))
        .into_iter()
        .chain(MARKS.map(|mark| (glyph(mark, color).0.to_string(), mark_legend(mark))))
        .chain([(today, "timeline-legend-today")]);
    // The provider's view: a number beside a person's stretch is the course's row.
    let numbered = t
        .rows
        .iter()
        .any(|r| r.marks.iter().any(|(_, m)| matches!(m, Mark::Course(_))));
    let legend = legend.chain(numbered.then(|| ("1 2 3".to_owned(), mark_legend(Mark::Course(1)))));
    let mut line = String::new();
    for (symbol, id) in legend {
        if id != "timeline-legend-course" && !symbol.chars().all(|ch| drawn.contains(&ch)) {
            continue;
        }
        let item = format!("{symbol} {}", l10n.text(id));
        if !line.is_empty() && line.chars().count() + item.chars().count() + 3 > width {
            let _ = writeln!(out, "{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push_str("   ");
        }
        line.push_str(&item);
    }
    let _ = writeln!(out, "{line}");
    let _ = writeln!(
        out,
        "{}",
        l10n.format(&crate::msg!("timeline-scale", days = per_column))
    );
    out
}

/// The kinds of stretch, in the order the legends list them.
const STRETCHES: [Stretch; 3] = [Stretch::Onsite, Stretch::Remote, Stretch::Window];

/// The kinds of mark but the course numbers, in the order the text legend lists them.
const MARKS: [Mark; 12] = [
    Mark::Pre,
    Mark::Interim,
    Mark::FollowUp,
    Mark::Sunday,
    Mark::Holiday,
    Mark::Start,
    Mark::Decision,
    Mark::Confirmation,
    Mark::Limit,
    Mark::Error,
    Mark::Warning,
    Mark::Clash,
];

/// The message naming a kind of stretch in a legend.
fn stretch_legend(stretch: Stretch) -> &'static str {
    match stretch {
        Stretch::Onsite => "timeline-legend-onsite",
        Stretch::Remote => "timeline-legend-remote",
        Stretch::Window => "timeline-legend-window",
    }
}

/// The message naming a kind of mark in a legend.
fn mark_legend(mark: Mark) -> &'static str {
    look(mark).legend
}

/// Where the axis names a month: the first day drawn, then the first of each month after it
/// (a name stands where its month begins, so that a mark's place against it means its date).
fn ticks(t: &Timeline) -> impl Iterator<Item = NaiveDate> + '_ {
    std::iter::successors(Some(t.from), |&day| {
        Some(calendar::add_months(day.with_day(1).unwrap_or(day), 1))
    })
    .take_while(|&day| day <= t.to)
}

/// The timeline as an inline SVG element (no namespace URL, no external references).
pub fn svg(t: &Timeline, l10n: &Localizer) -> maud::Markup {
    // Text widths are estimated (the page embeds no font): about 0.6 em a character.
    let text_px = |s: &str, size: f64| s.chars().count() as f64 * size * 0.6;
    let labels: Vec<String> = t
        .rows
        .iter()
        // A label keeps to its column: whole up to 32 characters, then an ellipsis.
        .map(|r| cut(&label(&r.label, l10n), 32))
        .collect();
    let longest = labels.iter().map(|l| text_px(l, 10.0)).fold(0.0, f64::max);
    let label_px = (longest + 8.0).clamp(120.0, 220.0);
    let (chart_px, row_px, top) = (880.0 - label_px, 18.0, 30.0);
    let days = t.days() as f64;
    let x = |d: NaiveDate| label_px + (d - t.from).num_days() as f64 / days * chart_px;
    let day_px = chart_px / days;
    let chart_bottom = top + row_px * t.rows.len() as f64;
    let notes = notes(t, l10n);
    let notes_top = chart_bottom + 4.0;
    let chart_bottom_notes = notes_top + 13.0 * notes.len() as f64;
    let width = label_px + chart_px + 10.0;
    // Month names: thinned so that each starts after the last one ends (with a gap), and
    // with the year in January and on the first name. Grid lines closer than 3 px are drawn
    // only where a name is (a plan spanning centuries would otherwise draw thousands).
    let month_px = chart_px * 30.4 / days;
    let every_month = month_px >= 3.0;
    let mut months: Vec<(f64, String)> = Vec::new();
    let mut free_from = f64::MIN;
    let mut first = true;
    let ticks: Vec<NaiveDate> = ticks(t).collect();
    for (k, &month) in ticks.iter().enumerate() {
        let mx = x(month);
        let name = if first || month.month() == 1 {
            format!(
                "{} {}",
                l10n.text(&format!("month-{}", month.month())),
                month.year()
            )
        } else {
            l10n.text(&format!("month-{}", month.month()))
        };
        // A part of a month at the start, whose name would crowd out the next month's, is
        // left unnamed: the next label then carries the year.
        let crowded = k == 0
            && month.day() != 1
            && ticks
                .get(1)
                .is_some_and(|&next| x(next) < mx + 2.0 + text_px(&name, 9.0) + 6.0);
        if !crowded && mx + 2.0 >= free_from && mx + 2.0 + text_px(&name, 9.0) <= width {
            free_from = mx + 2.0 + text_px(&name, 9.0) + 6.0;
            months.push((mx, name));
            first = false;
        } else if every_month {
            months.push((mx, String::new()));
        }
    }
    // The legend: what this chart draws, in rows that fit its width.
    let mut legend: Vec<(LegendKey, String)> = Vec::new();
    for stretch in STRETCHES {
        if t.rows
            .iter()
            .any(|r| r.stretches.iter().any(|s| s.2 == stretch))
        {
            legend.push((
                LegendKey::Stretch(stretch),
                l10n.text(stretch_legend(stretch)),
            ));
        }
    }
    let mut kinds: Vec<Mark> = t
        .rows
        .iter()
        .flat_map(|r| r.marks.iter().map(|m| m.1))
        .collect();
    kinds.sort();
    kinds.dedup();
    let mut course_shown = false;
    for mark in kinds {
        if let Mark::Course(_) = mark {
            // One legend entry for all the course numbers.
            if course_shown {
                continue;
            }
            course_shown = true;
        }
        legend.push((LegendKey::Mark(mark), l10n.text(mark_legend(mark))));
    }
    let today = (t.from..=t.to).contains(&t.today).then(|| x(t.today));
    if today.is_some() {
        legend.push((LegendKey::Today, l10n.text("timeline-legend-today")));
    }
    let mut placed: Vec<(f64, f64, &LegendKey, &str)> = Vec::new();
    let (mut lx, mut ly) = (label_px, chart_bottom_notes + 16.0);
    for (key, text) in &legend {
        let item_px = 16.0 + text_px(text, 9.0) + 14.0;
        if lx + item_px > width && lx > label_px {
            lx = label_px;
            ly += 14.0;
        }
        placed.push((lx, ly, key, text));
        lx += item_px;
    }
    let height = ly + 8.0;
    let f = |v: f64| format!("{v:.1}");
    maud::html! {
        svg class="timeline" viewBox=(format!("0 0 {width:.0} {height:.0}")) width=(f(width)) height=(f(height))
            role="img" aria-label=(l10n.text("timeline-title")) {
            @for (mx, name) in &months {
                line class="tick" x1=(f(*mx)) y1="14" x2=(f(*mx)) y2=(f(chart_bottom)) stroke="#ccc" stroke-width="0.5" {}
                @if !name.is_empty() {
                    text class="month" x=(f(mx + 2.0)) y="12" font-size="9" fill="#555" { (name) }
                }
            }
            @if let Some(tx) = today {
                line x1=(f(tx)) y1="14" x2=(f(tx)) y2=(f(chart_bottom)) stroke="#000" stroke-dasharray="3,2" {}
            }
            @for (i, (row, label)) in t.rows.iter().zip(&labels).enumerate() {
                @let y = top + row_px * i as f64;
                @let cancelled = matches!(row.label, Label::Course { cancelled: true, .. });
                // A person's row: a thin bar in the lower half, its course numbers above it,
                // so that a number never stands on the next course's bar.
                @let person = matches!(row.label, Label::Name(_));
                text class="label" x="2" y=(f(y + 11.0)) font-size="10" fill=(if cancelled { "#888" } else { "#222" }) { (label) }
                @for (a, b, stretch) in sorted_stretches(&row.stretches) {
                    @let (fill, h, dy) = if person { (stretch_style(stretch).0, 6.0, 10.0) } else { stretch_style(stretch) };
                    // An on-site period stays visible at any scale: at least 2 px wide.
                    @let min = if stretch == Stretch::Onsite { 2.0 } else { 1.0 };
                    @let w = (((b - a).num_days() as f64 + 1.0) * day_px).max(min);
                    rect class=(stretch_name(stretch)) x=(f(x(a))) y=(f(y + dy)) width=(f(w)) height=(f(h)) fill=(fill) fill-opacity=(if cancelled { "0.35" } else { "1" }) {
                        title { (l10n.date(a)) " – " (l10n.date(b)) }
                    }
                }
                // A person's courses: each number above the end of its stretch; numbers that
                // would touch share one label ("1, 2, 3").
                @for (nx, numbers) in course_numbers(&row.marks, |d| x(d) + day_px + 2.0, |s| text_px(s, 8.0)) {
                    text class="mark course-number" data-mark="course" x=(f(nx)) y=(f(y + 8.0)) font-size="8" fill="#222" { (numbers) }
                }
                @for (mx, date, mark) in dodged(distinct_marks(&row.marks, &x), &x, day_px) {
                    @let (symbol, fill) = svg_mark(*mark);
                    text class="mark" data-mark=(mark_name(*mark)) x=(f(mx)) y=(f(y + 12.0)) font-size="11" fill=(fill) text-anchor="middle" {
                        (symbol) title { (l10n.date(*date)) }
                    }
                }
            }
            @for (i, note) in notes.iter().enumerate() {
                text class="note" x=(f(label_px)) y=(f(notes_top + 11.0 + 13.0 * i as f64)) font-size="9" fill="#333" { (note) }
            }
            @for (lx, ly, key, text) in &placed {
                @match key {
                    LegendKey::Stretch(stretch) => {
                        @let (fill, h, _) = stretch_style(*stretch);
                        rect x=(f(*lx)) y=(f(ly - 4.0 - h / 2.0)) width="12" height=(f(h)) fill=(fill) {}
                    }
                    LegendKey::Mark(mark) => {
                        @let (symbol, fill) = svg_mark(*mark);
                        text class="legend-mark" data-mark=(mark_name(*mark)) x=(f(lx + 6.0)) y=(f(*ly)) font-size="11" fill=(fill) text-anchor="middle" { (symbol) }
                    }
                    LegendKey::Today => {
                        line x1=(f(lx + 6.0)) y1=(f(ly - 10.0)) x2=(f(lx + 6.0)) y2=(f(*ly)) stroke="#000" stroke-dasharray="3,2" {}
                    }
                }
                text class="legend" x=(f(lx + 16.0)) y=(f(*ly)) font-size="9" fill="#333" { (text) }
            }
        }
    }
}

/// The course numbers of a person's row, each at `at(date)`, in labels that never touch: a
/// number that would start before the previous label ends joins it.
fn course_numbers(
    marks: &[(NaiveDate, Mark)],
    at: impl Fn(NaiveDate) -> f64,
    width: impl Fn(&str) -> f64,
) -> Vec<(f64, String)> {
    const GAP_PX: f64 = 4.0;
    let mut numbers: Vec<(f64, u16)> = marks
        .iter()
        .filter_map(|(d, m)| match m {
            Mark::Course(n) => Some((at(*d), *n)),
            _ => None,
        })
        .collect();
    numbers.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut labels: Vec<(f64, String)> = Vec::new();
    for (x, number) in numbers {
        match labels.last_mut() {
            Some((lx, text)) if x < *lx + width(text) + GAP_PX => {
                text.push_str(&format!(", {number}"));
            }
            _ => labels.push((x, number.to_string())),
        }
    }
    labels
}

/// What a legend entry shows.
enum LegendKey {
    Stretch(Stretch),
    Mark(Mark),
    Today,
}

/// Fill, height and offset of a stretch. Their shades differ in lightness as well as hue, and
/// their heights differ, so that a greyscale print tells them apart.
fn stretch_style(stretch: Stretch) -> (&'static str, f64, f64) {
    match stretch {
        Stretch::Onsite => ("#1b5e20", 12.0, 2.0),
        Stretch::Remote => ("#90caf9", 8.0, 4.0),
        Stretch::Window => ("#bbb", 2.0, 7.0),
    }
}

/// A mark's kind as the page names it (`data-mark`), so that a test can match the legend to
/// the marks drawn.
fn mark_name(mark: Mark) -> &'static str {
    match mark {
        Mark::Sunday => "sunday",
        Mark::Holiday => "holiday",
        Mark::Course(_) => "course",
        Mark::Start => "start",
        Mark::Decision => "decision",
        Mark::Pre => "pre",
        Mark::Interim => "interim",
        Mark::FollowUp => "follow-up",
        Mark::Confirmation => "confirmation",
        Mark::Limit => "limit",
        Mark::Warning => "warning",
        Mark::Error => "error",
        Mark::Clash => "clash",
    }
}

/// Marks of one row placed so that none overlaps another: sorted by day, each at its day
/// unless that is within a symbol's width of the one before, then just after it.
fn dodged<'m>(
    marks: Vec<&'m (NaiveDate, Mark)>,
    x: &impl Fn(NaiveDate) -> f64,
    day_px: f64,
) -> Vec<(f64, &'m NaiveDate, &'m Mark)> {
    const SYMBOL_PX: f64 = 11.0;
    let mut marks = marks;
    marks.sort_by_key(|(d, m)| (*d, *m));
    let mut out: Vec<(f64, &NaiveDate, &Mark)> = Vec::with_capacity(marks.len());
    let mut last = f64::MIN;
    for (date, mark) in marks {
        let at = x(*date) + day_px / 2.0;
        // The same kind again within a symbol's width says nothing new.
        if out.last().is_some_and(|(_, _, m)| *m == mark) && at < last + SYMBOL_PX {
            continue;
        }
        let at = at.max(last + SYMBOL_PX);
        out.push((at, date, mark));
        last = at;
    }
    out
}

/// The marks of a row that land on different pixels: one symbol per pixel and kind is all a
/// drawing can show, and a period of centuries has thousands of Sundays.
fn distinct_marks<'m>(
    marks: &'m [(NaiveDate, Mark)],
    x: &impl Fn(NaiveDate) -> f64,
) -> Vec<&'m (NaiveDate, Mark)> {
    let mut seen = std::collections::HashSet::new();
    marks
        .iter()
        .filter(|(_, mark)| !matches!(mark, Mark::Course(_)))
        .filter(|(date, mark)| seen.insert((x(*date).round() as i64, *mark)))
        .collect()
}

/// How a kind of mark is drawn, everywhere it is drawn.
struct Look {
    /// In a terminal that shows Unicode and colour.
    unicode: char,
    /// In plain text (`--color never`, a pipe).
    ascii: char,
    /// Its ANSI colour in a terminal ("" for the default).
    ansi: &'static str,
    /// On the HTML page: its symbol and fill.
    symbol: char,
    fill: &'static str,
    /// The message naming it in a legend.
    legend: &'static str,
}

fn look(mark: Mark) -> Look {
    let (unicode, ascii, ansi, symbol, fill, legend) = match mark {
        Mark::Sunday => ('S', 'S', "33", 'S', "#a0522d", "timeline-legend-sunday"),
        Mark::Holiday => ('H', 'H', "33", 'H', "#a0522d", "timeline-legend-holiday"),
        Mark::Decision => ('●', 'o', "", '●', "#444", "timeline-legend-decision"),
        Mark::Pre => ('P', 'P', "1", 'P', "#222", "timeline-legend-pre"),
        Mark::Interim => ('I', 'I', "1", 'I', "#222", "timeline-legend-interim"),
        Mark::FollowUp => ('F', 'F', "1", 'F', "#222", "timeline-legend-follow-up"),
        // Never a digit or a letter in plain text: those are the provider view's course
        // numbers and the other marks.
        Mark::Confirmation => ('◆', '+', "", '◆', "#444", "timeline-legend-confirmation"),
        Mark::Limit => ('┤', '|', "", '┤', "#444", "timeline-legend-limit"),
        Mark::Warning => ('!', '!', "33;1", '!', "#d4a000", "timeline-legend-warning"),
        Mark::Error => ('✗', 'X', "31;1", '✗', "#c00", "timeline-legend-error"),
        Mark::Clash => ('*', '*', "31;1", '✱', "#c00", "timeline-legend-clash"),
        Mark::Start => ('▶', '>', "1", '▶', "#1b5e20", "timeline-legend-start"),
        // Drawn as its number beside the stretch, not as one glyph in a terminal; the page's
        // legend shows a number, as the person rows do.
        Mark::Course(_) => (' ', ' ', "", '1', "#222", "timeline-legend-course"),
    };
    Look {
        unicode,
        ascii,
        ansi,
        symbol,
        fill,
        legend,
    }
}

/// The mark on the page: its symbol and its fill.
fn svg_mark(mark: Mark) -> (String, &'static str) {
    let look = look(mark);
    (look.symbol.to_string(), look.fill)
}

/// The mark in a terminal: its character and its ANSI colour.
fn glyph(mark: Mark, color: bool) -> (char, &'static str) {
    let look = look(mark);
    (if color { look.unicode } else { look.ascii }, look.ansi)
}

/// A row's stretches in the order they are drawn: on-site days last, on top.
fn sorted_stretches(
    stretches: &[(NaiveDate, NaiveDate, Stretch)],
) -> Vec<(NaiveDate, NaiveDate, Stretch)> {
    let mut out = stretches.to_vec();
    out.sort_by_key(|(a, _, stretch)| (stretch_rank(*stretch), *a));
    out
}

/// A stretch's kind as the page names it (its `class`).
fn stretch_name(stretch: Stretch) -> &'static str {
    match stretch {
        Stretch::Onsite => "onsite",
        Stretch::Remote => "remote",
        Stretch::Window => "window",
    }
}

/// The order stretches are drawn in: the later wins a shared column.
fn stretch_rank(stretch: Stretch) -> u8 {
    match stretch {
        Stretch::Window => 0,
        Stretch::Remote => 1,
        Stretch::Onsite => 2,
    }
}

/// The as-of day's column.
fn today_glyph(color: bool) -> char {
    if color { '┊' } else { ':' }
}

fn glyph_text(stretch: Stretch, color: bool) -> String {
    match (stretch, color) {
        (Stretch::Onsite, true) => "█".into(),
        (Stretch::Onsite, false) => "#".into(),
        (Stretch::Remote, true) => "▒".into(),
        (Stretch::Remote, false) => "=".into(),
        (Stretch::Window, true) => "─".into(),
        (Stretch::Window, false) => "-".into(),
    }
}
