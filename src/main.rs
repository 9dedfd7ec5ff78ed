//! The `vetpress` command: parse arguments, run, exit with the outcome's code.

fn main() {
    std::process::exit(vetpress::cli::main());
}
