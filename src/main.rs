//! Mounts the app; everything else lives in the library.

fn main() {
    swot_board::ui::report_panics();
    leptos::mount::mount_to_body(swot_board::ui::App);
}
