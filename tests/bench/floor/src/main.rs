//! The benchmark's floor: a note field and a keyed list of 500 notes, nothing else.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let notes = RwSignal::new(
            (0..500u32)
                .map(|i| {
                    (
                        i,
                        format!("Notitie {i}: samenwerking tussen wijkteam, school en wijkagent"),
                    )
                })
                .collect::<Vec<_>>(),
        );
        let add = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Enter" {
                notes.update(|n| n.push((n.len() as u32, event_target_value(&ev))));
            }
        };
        view! {
            <main>
                <textarea data-testid="note-input" aria-label="note" on:keydown=add></textarea>
                <ul>
                    <For each=move || notes.get() key=|n| n.0 let:n>
                        <li class="note" tabindex="0">{n.1}</li>
                    </For>
                </ul>
            </main>
        }
    });
}
