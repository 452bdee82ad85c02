//! The planner's tools: what a planner sees of a course beside the findings. The timeline
//! model, the schedule of what falls due (`deadlines`), the calendar export (`ics`) and the
//! skeleton of a new plan (`init`). They read a plan and its edition's figures, never the check
//! pipeline; `report/` draws the timeline and the deadlines.

pub mod fix;
pub mod ics;
pub mod init;
pub mod schedule;
pub mod timeline;
