//! Running the built `twilio-fqdn` binary.

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `twilio-fqdn` with `args`, feeding it `stdin`.
pub fn run<S: AsRef<OsStr>>(args: &[S], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_twilio-fqdn"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    // A command that does not read stdin may exit first: a closed pipe is fine.
    if let Err(e) = pipe.write_all(stdin) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    drop(pipe);
    child.wait_with_output().expect("the binary finishes")
}

/// The exit code, which must exist (no signal).
pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exited with a code")
}

/// Stdout as UTF-8 (the command only writes UTF-8).
pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}
