//! Reading inputs: the `HOST_OR_URL` arguments when there are any,
//! otherwise stdin, one input per line, streamed.
//!
//! Inputs are bytes, not strings: a log line that is not UTF-8 is an input
//! like any other (and the core reports its first bad byte), never a crash.

use std::ffi::OsString;
use std::io::{self, BufRead};

/// Calls `each` with every input, trimmed of surrounding ASCII whitespace:
/// each argument when `args` is not empty (an empty argument is an input
/// too), otherwise each line of stdin that is not blank or a `#` comment.
pub fn for_each(args: &[OsString], each: impl FnMut(&[u8]) -> io::Result<()>) -> io::Result<()> {
    if args.is_empty() {
        for_each_line(io::stdin().lock(), each)
    } else {
        for_each_arg(args, each)
    }
}

/// Calls `each` with every argument, trimmed.
pub fn for_each_arg(
    args: &[OsString],
    mut each: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    for arg in args {
        each(arg_bytes(arg))?;
    }
    Ok(())
}

/// Calls `each` with every line of `reader`, trimmed (so `\r\n` line ends
/// and indentation do not matter), except blank lines and lines that start
/// with `#` (comments in host lists). One buffer serves every line.
pub fn for_each_line(
    mut reader: impl BufRead,
    mut each: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let mut line = Vec::with_capacity(512);
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let input = line.trim_ascii();
        if !input.is_empty() && input[0] != b'#' {
            each(input)?;
        }
    }
}

/// One argument as bytes, trimmed like every other input.
pub fn arg_bytes(arg: &OsString) -> &[u8] {
    arg.as_encoded_bytes().trim_ascii()
}
