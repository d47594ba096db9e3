use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::files_of;
use super::download::download_text;
use super::state::{memo, tr, AppState, Said};
use crate::file::{file_name, to_json, Envelope};
use crate::i18n::fill;
use crate::model::{Board, Domain, Id, Timestamp};
use crate::report::{self, Filter, Synthesis};

/// The synthesis of many sessions: boards of this device and session files read for the
/// occasion (never added or changed), filters, what came back everywhere, and the ways out:
/// save as a board, export as a session file or a report, print.
#[component]
pub fn SynthesisView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let on_device = memo(move || {
        state.with_library(|l| {
            l.newest_first()
                .into_iter()
                .map(|b| (b.id, b.title.clone()))
                .collect::<Vec<(Id, String)>>()
        })
    });
    let chosen = RwSignal::new(Vec::<Id>::new());
    let filter = RwSignal::new(Filter::default());
    let synthesis = memo(move || {
        let ids = chosen.get();
        let mut boards: Vec<Board> =
            state.with_library(|l| ids.iter().filter_map(|id| l.board(*id).cloned()).collect());
        boards.extend(state.synthesis_files.get());
        Synthesis::new(boards)
    });
    let html = memo(move || {
        let lang = state.lang.get();
        synthesis.with(|s| {
            if s.boards.is_empty() {
                String::new()
            } else {
                s.html(&filter.get(), lang)
            }
        })
    });
    let sessions = memo(move || {
        synthesis.with(|s| {
            s.boards
                .iter()
                .map(|b| (b.id, b.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let places = memo(move || synthesis.with(|s| s.places()));
    let file_titles = memo(move || {
        state.synthesis_files.with(|f| {
            f.iter()
                .map(|b| (b.id, b.title.clone()))
                .collect::<Vec<(Id, String)>>()
        })
    });
    let tags = memo(move || synthesis.with(|s| s.tags()));

    let board_of = move || {
        let t = state.t_now();
        synthesis.with_untracked(|s| {
            s.to_board(
                &fill(t.synthesis.title, &[("count", &s.boards.len().to_string())]),
                state.lang.get_untracked(),
            )
        })
    };
    let save = move |_| match board_of() {
        Ok(board) => {
            let title = board.title.clone();
            state.add_board(board);
            state.inform(Said::With(|t| t.synthesis.saved, "title", title), None);
        }
        Err(e) => state.error(Said::Refused(e)),
    };
    let export = move |_| {
        if let Ok(board) = board_of() {
            let name = file_name(&board.title, &Timestamp::now().date());
            download_text(
                &name,
                &to_json(&Envelope::new(vec![board])),
                "application/json",
            );
        }
    };
    let export_report = move |_| {
        if let Ok(board) = board_of() {
            let today = Timestamp::now().date();
            let name = file_name(&board.title, &today);
            let text = report::markdown(&board, state.lang.get_untracked(), &today);
            download_text(
                &format!("{}.md", name.trim_end_matches(".swot.json")),
                &text,
                "text/markdown;charset=utf-8",
            );
        }
    };
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        state.read_for_synthesis(files_of(input.files()));
        input.set_value("");
    };
    let select = move |label: fn(&crate::i18n::Texts) -> &'static str,
                       id: &'static str,
                       options: Signal<Vec<(String, String)>>,
                       apply: fn(&mut Filter, Option<String>)| {
        view! {
            <div class="field">
                <label for=id>{tr(label)}</label>
                <select
                    id=id
                    data-testid=id
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| apply(f, (!v.is_empty()).then_some(v)));
                    }
                >
                    <option value="">{tr(|t| t.synthesis.filter_all)}</option>
                    <For
                        each=move || options.get()
                        key=|o| o.clone()
                        children=|(value, text)| view! { <option value=value>{text}</option> }
                    />
                </select>
            </div>
        }
    };

    view! {
        <section class="synthesis" aria-labelledby="synthesis-heading">
            <div class="board-head">
                <h1 id="synthesis-heading" tabindex="-1">
                    {tr(|t| t.synthesis.heading)}
                </h1>
                <button
                    class="button secondary"
                    data-testid="synthesis-back"
                    on:click=move |_| state.show_synthesis(false)
                >
                    {tr(|t| t.synthesis.back)}
                </button>
            </div>
            <p class="step-help">{tr(|t| t.synthesis.help)}</p>
            <div class="synthesis-sources">
                <fieldset>
                    <legend>{tr(|t| t.synthesis.boards)}</legend>
                    <For
                        each=move || on_device.get()
                        key=|b| b.clone()
                        children=move |(id, title)| {
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        data-testid="synthesis-board"
                                        prop:checked=move || chosen.with(|c| c.contains(&id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            chosen
                                                .update(|c| {
                                                    c.retain(|x| *x != id);
                                                    if on {
                                                        c.push(id);
                                                    }
                                                });
                                        }
                                    />
                                    {title}
                                </label>
                            }
                        }
                    />
                </fieldset>
                <div class="import-picker">
                    <input
                        type="file"
                        id="synthesis-file"
                        class="file-input"
                        data-testid="synthesis-file"
                        accept=".json,application/json,.csv,text/csv"
                        multiple
                        on:change=on_files
                    />
                    <label for="synthesis-file" class="button secondary">
                        {tr(|t| t.synthesis.files)}
                    </label>
                    <ul class="synthesis-files" data-testid="synthesis-files">
                        <For
                            each=move || file_titles.get()
                            key=|b| b.clone()
                            children=|(_, title)| view! { <li>{title}</li> }
                        />
                    </ul>
                </div>
            </div>
            <Show
                when=move || sessions.with(|s| !s.is_empty())
                fallback=move || view! { <p class="empty">{tr(|t| t.synthesis.none)}</p> }
            >
                <div class="synthesis-filters">
                    {select(
                        |t| t.synthesis.filter_session,
                        "filter-session",
                        Signal::derive(move || {
                            sessions
                                .get()
                                .into_iter()
                                .map(|(id, title)| (id.to_string(), title))
                                .collect()
                        }),
                        |f, v| f.session = v.and_then(|v| Id::parse(&v)),
                    )}
                    {select(
                        |t| t.synthesis.filter_place,
                        "filter-place",
                        Signal::derive(move || {
                            places.get().into_iter().map(|p| (p.clone(), p)).collect()
                        }),
                        |f, v| f.place = v,
                    )}
                    {select(
                        |t| t.synthesis.filter_domain,
                        "filter-domain",
                        Signal::derive(move || {
                            Domain::ALL
                                .into_iter()
                                .map(|d| (d.key().to_string(), t().domain(d).to_string()))
                                .collect()
                        }),
                        |f, v| f.domain = v.and_then(|v| v.parse::<Domain>().ok()),
                    )}
                    {select(
                        |t| t.synthesis.filter_tag,
                        "filter-tag",
                        Signal::derive(move || {
                            tags.get().into_iter().map(|x| (x.clone(), x)).collect()
                        }),
                        |f, v| f.tag = v,
                    )}
                </div>
                <div class="report-tools">
                    <button class="button" data-testid="synthesis-save" on:click=save>
                        {tr(|t| t.synthesis.save_board)}
                    </button>
                    <button class="button secondary" data-testid="synthesis-export" on:click=export>
                        {tr(|t| t.synthesis.export)}
                    </button>
                    <button
                        class="button secondary"
                        data-testid="synthesis-report"
                        on:click=export_report
                    >
                        {tr(|t| t.report.download_markdown)}
                    </button>
                    <button
                        class="button secondary"
                        on:click=move |_| {
                            let _ = window().print();
                        }
                    >
                        {tr(|t| t.report.print)}
                    </button>
                </div>
                // Generated by `Synthesis::html`, which escapes every text that came from a board.
                <article
                    class="report"
                    data-testid="synthesis-report-view"
                    inner_html=move || html.get()
                ></article>
            </Show>
        </section>
    }
}
