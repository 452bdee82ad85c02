//! The rule packs under `rules/` are compiled in with `include_dir!`, which cannot tell Cargo to
//! rebuild when those files change; this build script does.

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=build.rs");
}
