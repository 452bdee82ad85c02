//! The planner's tools: what a planner sees of a course beside the findings. The timeline
//! model, the schedule of what falls due (`deadlines`), the calendar export (`ics`) and the
//! skeleton of a new plan (`init`). They read a plan and its edition's figures, never the check
//! pipeline; `report/` draws the timeline and the deadlines.

pub mod fix;
pub mod ics;
pub mod init;
pub mod schedule;
pub mod timeline;

use crate::finding::Finding;
use crate::pack::Edition;
use crate::plan::Plan;

/// One course as the planner's tools see it: the plan, the edition it was checked against, its
/// findings, and how the tools name it.
pub struct Course<'p> {
    pub plan: Plan,
    pub edition: &'p Edition,
    /// The plan's path as reports show it.
    pub path: String,
    pub findings: Vec<Finding>,
    /// The course code (`course.code`), when the plan gives one.
    pub code: Option<String>,
    /// How a list names the course: its code, else its file's name.
    pub label: String,
    /// What calendar UIDs start with: unique among the courses of one run, and stable when the
    /// plan's dates change.
    pub key: String,
}

impl<'p> Course<'p> {
    pub fn new(
        plan: Plan,
        edition: &'p Edition,
        path: String,
        findings: Vec<Finding>,
    ) -> Course<'p> {
        let code = plan
            .course
            .code
            .as_ref()
            .map(|c| crate::privacy::shown(&c.value));
        let stem = std::path::Path::new(&path)
            .file_stem()
            .map_or_else(|| path.clone(), |s| s.to_string_lossy().into_owned());
        let key = ics::course_key(&plan, &path);
        Course {
            label: code.clone().unwrap_or(stem),
            code,
            key,
            plan,
            edition,
            path,
            findings,
        }
    }

    /// Courses that share a key (two plans with one code, or two files of one name) get their
    /// path in it too, so that no two calendar events share a UID.
    pub fn make_keys_unique(courses: &mut [Course<'_>]) {
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for c in courses.iter() {
            *seen.entry(c.key.clone()).or_default() += 1;
        }
        for c in courses.iter_mut() {
            if seen.get(&c.key).is_some_and(|n| *n > 1) {
                c.key = format!("{}-{}", c.key, ics::uid_part(&c.path));
            }
        }
    }
}
