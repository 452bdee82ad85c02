//! The one place that builds comfy tables: every table oras-check prints (the findings summary,
//! the rule catalogue, deadlines, `config`) has the same look, width and colour handling.

use comfy_table::{Cell, ContentArrangement, Table, presets};

/// A table `width` columns wide with `header`; ANSI styling only when `color`.
pub fn new<T: Into<Cell>>(header: impl IntoIterator<Item = T>, width: usize, color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width.min(usize::from(u16::MAX)) as u16)
        .set_header(header);
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// Rows of plain text under `header` (the `config` listing).
pub fn rows(header: &[&str], rows: &[Vec<String>], width: usize, color: bool) -> String {
    let mut table = new(header.iter().copied(), width, color);
    for row in rows {
        table.add_row(row);
    }
    format!("{table}\n")
}
