//! Exit codes, one place: 0 when every input is fine, 1 when any is not,
//! 2 for usage and I/O errors (clap exits with 2 on usage errors itself).

use std::io::{self, ErrorKind};
use std::process::ExitCode;

/// What a subcommand found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Every input is ok or warn.
    Clean,
    /// Some input is fail or error.
    Problems,
}

impl Status {
    /// `Problems` when `bad`, otherwise `Clean`.
    pub fn from_bad(bad: bool) -> Self {
        if bad {
            Status::Problems
        } else {
            Status::Clean
        }
    }
}

/// Exit code for usage errors and I/O errors.
pub const TROUBLE: u8 = 2;

/// The exit code of a subcommand's result. A closed stdout (`| head`) ends
/// the command quietly with 0, as for `grep`-like tools that get SIGPIPE;
/// any other I/O error is reported on stderr with code 2.
pub fn finish(result: io::Result<Status>) -> ExitCode {
    match result {
        Ok(Status::Clean) => ExitCode::SUCCESS,
        Ok(Status::Problems) => ExitCode::FAILURE,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("twilio-fqdn: {e}");
            ExitCode::from(TROUBLE)
        }
    }
}
