//! `twilio-fqdn`: the command-line shell over the `twilio_fqdn` crate.
//!
//! Every answer comes from the core crate; this binary only reads inputs,
//! picks a subcommand and prints. Twilio knowledge belongs in the core.
//!
//! # Adding a subcommand
//!
//! 1. Write `src/<name>.rs` with a `pub struct Args` (`#[derive(clap::Args)]`,
//!    its doc comment is the subcommand's `--help` text) and
//!    `pub fn run(args: &Args) -> io::Result<exit::Status>`.
//! 2. Add `mod <name>;` and one variant `Name(name::Args)` to [`Command`],
//!    and one arm to the `match` in [`main`].
//!
//! Shared pieces: [`input`] reads `HOST_OR_URL` arguments or stdin lines as
//! bytes (`input::for_each`); [`output`] has `--format tsv|json`
//! (`output::Format`) and `output::Rows`, which writes rows of named
//! columns in either format with the right escaping (see `classify.rs`);
//! [`exit`] maps an [`exit::Status`] (or an I/O error) to the exit code
//! (0 all fine, 1 something failed, 2 usage or I/O error).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod availability;
mod check;
mod classify;
mod exit;
mod explain;
mod input;
mod output;
mod rewrite;

/// Parse, explain and classify Twilio REST API hostnames and URLs.
#[derive(Debug, Parser)]
#[command(name = "twilio-fqdn", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The subcommands; one variant and one module each.
#[derive(Debug, Subcommand)]
enum Command {
    Explain(explain::Args),
    Classify(classify::Args),
    Availability(availability::Args),
    Check(check::Args),
    Rewrite(rewrite::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Explain(args) => explain::run(args),
        Command::Classify(args) => classify::run(args),
        Command::Availability(args) => availability::run(args),
        Command::Check(args) => check::run(args),
        Command::Rewrite(args) => rewrite::run(args),
    };
    exit::finish(result)
}
