//! The layers of `src/` as the README's "How the code is laid out" lists them, from the bottom
//! up: a layer's code imports only the layers below it. A module's tests may take their
//! fixtures from any layer (the file format's tests read the example board), so test files and
//! inline test modules are not checked.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The layers in the README's order, read from its list (`- `src/model/`: ...`).
fn readme_layers() -> Vec<String> {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md");
    let section = readme
        .split("## How the code is laid out")
        .nth(1)
        .expect("the README says how the code is laid out");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .filter_map(|line| line.strip_prefix("- `src/")?.split_once("/`"))
        .map(|(name, _)| name.to_string())
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn is_test_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name == "tests.rs" || name.ends_with("_tests.rs") || name == "test_support.rs"
}

/// The layers a file's code names through `crate::`, outside comments and test modules.
fn imported(source: &str, layers: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        // An inline test module runs to the end of its file.
        if line.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod ") && next.contains('{'))
        {
            break;
        }
        let code = line.split("//").next().unwrap_or(line);
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if layers.contains(&name) && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn the_readme_lists_every_layer_of_src() {
    let layers = readme_layers();
    let mut folders: Vec<String> = fs::read_dir(root().join("src"))
        .expect("src")
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    folders.sort();
    let mut listed = layers.clone();
    listed.sort();
    assert_eq!(
        listed, folders,
        "the README's layers are the folders of src/"
    );
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let layers = readme_layers();
    let mut wrong = Vec::new();
    for (level, layer) in layers.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&root().join("src").join(layer), &mut files);
        for file in files.iter().filter(|f| !is_test_file(f)) {
            let source = fs::read_to_string(file).expect("a source file");
            for name in imported(&source, &layers) {
                let below = layers[..level].contains(&name);
                if !below && name != *layer {
                    wrong.push(format!("{} imports {name}", file.display()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a layer imports only those below it ({}):\n{}",
        layers.join(", "),
        wrong.join("\n")
    );
}

#[test]
fn the_check_sees_an_import_and_skips_comments_and_tests() {
    let layers: Vec<String> = ["model", "i18n", "ui"].map(String::from).to_vec();
    let source = "/// Uses `crate::i18n::Lang` in a comment.\n\
                  use crate::model::Board;\n\
                  use crate::i18n::Lang; // here\n\
                  #[cfg(test)]\n\
                  mod tests {\n    use crate::ui::App;\n}\n";
    assert_eq!(imported(source, &layers), ["model", "i18n"]);
    assert_eq!(imported("// crate::i18n\n", &layers), Vec::<String>::new());
}
