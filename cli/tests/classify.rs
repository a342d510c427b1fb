//! `twilio-fqdn classify` on `tests/data/hosts.txt`: every column of every
//! row, TSV and JSON, stdin and arguments, and the exit codes.
//!
//! Expected values come from RULES.md (§2 forms and verdicts, §6 fixes) and
//! the tables beside it, written out by hand; a message is checked for the
//! fact it must carry and its fix (or the byte index of a parse error).

mod common;

use std::ffi::OsString;

use common::{code, run, stdout};

const HOSTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hosts.txt");

const COLUMNS: [&str; 8] = [
    "input",
    "verdict",
    "product",
    "edge",
    "region",
    "processed_in",
    "canonical",
    "message",
];

/// What the `message` column must hold.
#[derive(Clone, Copy, Debug)]
enum Note {
    /// Mentions the fact, then `; use <fix>` at the end.
    Fix(&'static str, &'static str),
    /// Mentions the fact; no fix.
    NoFix(&'static str),
    /// A parse error: mentions the fact and ends with `at byte N`.
    Error(&'static str, usize),
}
use Note::{Error, Fix, NoFix};

/// (line of hosts.txt trimmed, `input` as TSV writes it, verdict, product,
/// edge, region, processed_in, canonical, message); `-` = absent.
type Row = (
    &'static [u8],
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Note,
);

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // §2 legacy: us1 through ashburn; case and one trailing dot (§1) do not matter.
    (b"api.twilio.com", "api.twilio.com", "ok", "api", "-", "-", "us1", "api.twilio.com", NoFix("ashburn")),
    (b"VIDEO.Twilio.COM.", "VIDEO.Twilio.COM.", "ok", "video", "-", "-", "us1", "video.twilio.com", NoFix("ashburn")),
    // §2 region-only: us1 lives; the others processed in us1 and were retired (§6 fixes).
    (b"api.us1.twilio.com", "api.us1.twilio.com", "ok", "api", "-", "us1", "us1", "api.us1.twilio.com", NoFix("us1")),
    (b"api.ie1.twilio.com", "api.ie1.twilio.com", "fail", "api", "-", "ie1", "us1", "api.ie1.twilio.com", Fix("2026-04-28", "api.dublin.ie1.twilio.com")),
    (b"api.au1.twilio.com", "api.au1.twilio.com", "fail", "api", "-", "au1", "us1", "api.au1.twilio.com", Fix("2026-04-28", "api.sydney.au1.twilio.com")),
    (b"api.de1.twilio.com", "api.de1.twilio.com", "fail", "api", "-", "de1", "us1", "api.de1.twilio.com", Fix("2026-04-28", "api.twilio.com")),
    // §2 regional us1: the backend ignores the edge.
    (b"voice.frankfurt.us1.twilio.com", "voice.frankfurt.us1.twilio.com", "ok", "voice", "frankfurt", "us1", "us1", "voice.frankfurt.us1.twilio.com", NoFix("ignores edge frankfurt")),
    // §2 documented pairs (the second line of the pair ends in CR LF).
    (b"api.dublin.ie1.twilio.com", "api.dublin.ie1.twilio.com", "ok", "api", "dublin", "ie1", "ie1", "api.dublin.ie1.twilio.com", NoFix("ie1")),
    (b"api.sydney.au1.twilio.com", "api.sydney.au1.twilio.com", "ok", "api", "sydney", "au1", "au1", "api.sydney.au1.twilio.com", NoFix("au1")),
    // §2 other edge with ie1: warn; the region the host names (§4: the
    // hostname selects the processing region), fixed to the documented edge.
    (b"api.frankfurt.ie1.twilio.com", "api.frankfurt.ie1.twilio.com", "warn", "api", "frankfurt", "ie1", "ie1", "api.frankfurt.ie1.twilio.com", Fix("dublin", "api.dublin.ie1.twilio.com")),
    // §2 roaming: not a REST edge; §6 fix: the documented edge of the region
    // (none for a code without one: the legacy host).
    (b"api.roaming.ie1.twilio.com", "api.roaming.ie1.twilio.com", "fail", "api", "roaming", "ie1", "-", "api.roaming.ie1.twilio.com", Fix("twilio-csharp#798", "api.dublin.ie1.twilio.com")),
    (b"conversations.roaming.gll.twilio.com", "conversations.roaming.gll.twilio.com", "fail", "conversations", "roaming", "gll", "-", "conversations.roaming.gll.twilio.com", Fix("twilio-node#666", "conversations.twilio.com")),
    // §2 gll: never a region (NXDOMAIN); the edge kept, in us1 (edges.tsv: ashburn carries us1).
    (b"api.ashburn.gll.twilio.com", "api.ashburn.gll.twilio.com", "fail", "api", "ashburn", "gll", "-", "api.ashburn.gll.twilio.com", Fix("twilio-node#666", "api.ashburn.us1.twilio.com")),
    // §2 non-processing code: fail; frankfurt's REST traffic goes to us1 (edges.tsv).
    (b"api.frankfurt.de1.twilio.com", "api.frankfurt.de1.twilio.com", "fail", "api", "frankfurt", "de1", "-", "api.frankfurt.de1.twilio.com", Fix("not a processing region", "api.frankfurt.us1.twilio.com")),
    // §2/§3 jp1: warn, processing not documented; tokyo carries us1 (edges.tsv).
    (b"api.tokyo.jp1.twilio.com", "api.tokyo.jp1.twilio.com", "warn", "api", "tokyo", "jp1", "-", "api.tokyo.jp1.twilio.com", Fix("jp1", "api.tokyo.us1.twilio.com")),
    // §2 edge without region: fail; §6 {p}.{edge}.us1.twilio.com.
    (b"api.frankfurt.twilio.com", "api.frankfurt.twilio.com", "fail", "api", "frankfurt", "-", "-", "api.frankfurt.twilio.com", Fix("twilio-java#936", "api.frankfurt.us1.twilio.com")),
    // §2 historical products, including the four-label preview.messaging.
    (b"autopilot.twilio.com", "autopilot.twilio.com", "fail", "autopilot", "-", "-", "-", "autopilot.twilio.com", NoFix("retired")),
    (b"preview.messaging.twilio.com", "preview.messaging.twilio.com", "fail", "preview.messaging", "-", "-", "-", "preview.messaging.twilio.com", NoFix("retired")),
    // Indented, with a trailing tab; london-ix carries ie1 (edges.tsv).
    (b"flex-api.london-ix.ie1.twilio.com", "flex-api.london-ix.ie1.twilio.com", "ok", "flex-api", "london-ix", "ie1", "ie1", "flex-api.london-ix.ie1.twilio.com", NoFix("ie1")),
    // URLs: the host a client connects to.
    (b"https://api.dublin.ie1.twilio.com/2010-04-01/Accounts.json", "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts.json", "ok", "api", "dublin", "ie1", "ie1", "api.dublin.ie1.twilio.com", NoFix("ie1")),
    (b"https://user:pw@Video.Sydney.AU1.twilio.com:443/v1/Rooms?x=1#f", "https://user:pw@Video.Sydney.AU1.twilio.com:443/v1/Rooms?x=1#f", "ok", "video", "sydney", "au1", "au1", "video.sydney.au1.twilio.com", NoFix("au1")),
    (b"https://api.twilio.com@evil.com/", "https://api.twilio.com@evil.com/", "error", "-", "-", "-", "-", "-", Error("not a Twilio host", 23)),
    (b"https://evil.com\\@api.twilio.com/", "https://evil.com\\\\@api.twilio.com/", "error", "-", "-", "-", "-", "-", Error("not a Twilio host", 8)),
    (b"http://[::1]/", "http://[::1]/", "error", "-", "-", "-", "-", "-", Error("IP literal", 7)),
    // Look-alikes and bad syntax.
    (b"api.twilio.com.evil.com", "api.twilio.com.evil.com", "error", "-", "-", "-", "-", "-", Error("not a Twilio host", 15)),
    (b"api..twilio.com", "api..twilio.com", "error", "-", "-", "-", "-", "-", Error("empty label", 4)),
    (b"-api.twilio.com", "-api.twilio.com", "error", "-", "-", "-", "-", "-", Error("'-'", 0)),
    (b"foo.twilio.com", "foo.twilio.com", "error", "-", "-", "-", "-", "-", Error("unknown Twilio product", 0)),
    (b"api.bogus.ie1.twilio.com", "api.bogus.ie1.twilio.com", "error", "-", "-", "-", "-", "-", Error("unknown Twilio edge", 4)),
    // Not UTF-8, and a tab inside: escaped so the row keeps 8 columns.
    (b"api.tw\xffilio.com", "api.tw\\xffilio.com", "error", "-", "-", "-", "-", "-", Error("invalid byte 0xff", 6)),
    (b"api.twilio.com\tfoo", "api.twilio.com\\tfoo", "error", "-", "-", "-", "-", "-", Error("invalid byte 0x09", 14)),
];

fn hosts_file() -> Vec<u8> {
    std::fs::read(HOSTS).expect("tests/data/hosts.txt")
}

/// Checks one message against its note.
fn check_message(line: usize, message: &str, note: Note) {
    let (fact, tail) = match note {
        Fix(fact, fix) => (fact, format!("; use {fix}")),
        NoFix(fact) => {
            assert!(
                !message.contains("; use"),
                "row {line}: no fix expected: {message}"
            );
            (fact, String::new())
        }
        Error(fact, at) => (fact, format!(" at byte {at}")),
    };
    assert!(
        message.contains(fact),
        "row {line}: {message:?} lacks {fact:?}"
    );
    assert!(
        message.ends_with(&tail),
        "row {line}: {message:?} should end with {tail:?}"
    );
}

/// Checks TSV output against `ROWS`, every column.
fn check_tsv(out: &str) {
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), ROWS.len(), "one row per input:\n{out}");
    for (i, (line, row)) in lines.iter().zip(ROWS).enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 8, "row {i} has 8 columns: {line:?}");
        let (_, input, verdict, product, edge, region, processed_in, canonical, note) = *row;
        let expected = [
            input,
            verdict,
            product,
            edge,
            region,
            processed_in,
            canonical,
        ];
        for (column, (got, want)) in fields.iter().zip(expected).enumerate() {
            assert_eq!(*got, want, "row {i} column {}", COLUMNS[column]);
        }
        check_message(i, fields[7], note);
    }
}

#[test]
fn the_fixture_holds_the_rows_in_order() {
    let file = hosts_file();
    let inputs: Vec<&[u8]> = file
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii)
        .filter(|l| !l.is_empty() && !l.starts_with(b"#"))
        .collect();
    let rows: Vec<&[u8]> = ROWS.iter().map(|row| row.0).collect();
    assert_eq!(inputs, rows);
    // The cases the file is there for.
    assert!(file.windows(2).any(|w| w == b"\r\n"), "a CRLF line");
    assert!(std::str::from_utf8(&file).is_err(), "a non-UTF-8 line");
    assert!(file
        .split(|&b| b == b'\n')
        .any(|l| !l.is_empty() && l.trim_ascii().is_empty()));
}

#[test]
fn tsv_from_stdin_every_column_of_every_row() {
    let output = run(&["classify"], &hosts_file());
    check_tsv(stdout(&output));
    assert_eq!(code(&output), 1, "the file holds fail and error rows");
    assert!(output.stderr.is_empty());
}

#[test]
#[cfg(unix)] // arguments that are not UTF-8
fn arguments_give_the_same_rows_as_stdin() {
    use std::os::unix::ffi::OsStrExt;
    // `--`: one input starts with `-`.
    let mut args = vec![OsString::from("classify"), OsString::from("--")];
    args.extend(
        ROWS.iter()
            .map(|row| std::ffi::OsStr::from_bytes(row.0).to_owned()),
    );
    let output = run(&args, b"");
    check_tsv(stdout(&output));
    assert_eq!(code(&output), 1);
}

#[test]
fn json_lines_are_valid_json_with_every_value() {
    let output = run(&["classify", "--format", "json"], &hosts_file());
    assert_eq!(code(&output), 1);
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), ROWS.len());
    for (i, (line, row)) in lines.iter().zip(ROWS).enumerate() {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("row {i} is JSON: {e}: {line}"));
        let object = value.as_object().expect("an object");
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let mut sorted = COLUMNS;
        sorted.sort_unstable();
        assert_eq!(keys, sorted, "row {i}: exactly the 8 keys");
        // The input comes back as given (bytes that are not UTF-8 as U+FFFD).
        let input = String::from_utf8_lossy(row.0);
        assert_eq!(object["input"], serde_json::json!(input), "row {i} input");
        let (_, _, verdict, product, edge, region, processed_in, canonical, note) = *row;
        let columns = [verdict, product, edge, region, processed_in, canonical];
        for (key, want) in COLUMNS[1..7].iter().zip(columns) {
            let want = if want == "-" {
                serde_json::Value::Null
            } else {
                want.into()
            };
            assert_eq!(object[*key], want, "row {i} {key}");
        }
        check_message(
            i,
            object["message"].as_str().expect("message is a string"),
            note,
        );
    }
    // Keys in column order on the wire.
    let first = lines[0];
    let at: Vec<usize> = COLUMNS
        .iter()
        .map(|k| first.find(&format!("\"{k}\":")).unwrap())
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "keys in column order: {first}"
    );
}

#[test]
fn json_escapes_quotes_backslashes_and_control_bytes() {
    let input = "https://evil.com\\\"@api.twilio.com/\u{1}";
    let output = run(&["classify", "--format", "json", input], b"");
    let value: serde_json::Value = serde_json::from_str(stdout(&output).trim_end()).unwrap();
    assert_eq!(value["input"], input);
    assert_eq!(value["verdict"], "error");
    assert_eq!(code(&output), 1);
}

#[test]
fn header_names_the_columns() {
    let output = run(&["classify", "--header", "api.twilio.com"], b"");
    let out = stdout(&output);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some(COLUMNS.join("\t").as_str()));
    assert!(lines.next().unwrap().starts_with("api.twilio.com\tok\t"));
    assert_eq!(lines.next(), None);
    assert_eq!(code(&output), 0);
}

#[test]
fn exit_status_is_0_only_when_every_input_is_ok_or_warn() {
    let cases: &[(&[&str], i32)] = &[
        (&["api.twilio.com"], 0),
        (&["api.twilio.com", "api.frankfurt.ie1.twilio.com"], 0), // ok + warn
        (&["api.twilio.com", "api.ie1.twilio.com"], 1),           // + fail
        (&["api.twilio.com", "example.com"], 1),                  // + error
        (&[""], 1),                                               // an empty argument is an input
    ];
    for (inputs, want) in cases {
        let mut args = vec!["classify"];
        args.extend_from_slice(inputs);
        assert_eq!(code(&run(&args, b"")), *want, "{inputs:?}");
        let lines: Vec<u8> = inputs
            .iter()
            .flat_map(|i| [i.as_bytes(), b"\n"].concat())
            .collect();
        let from_stdin = code(&run(&["classify", "--format", "json"], &lines));
        // On stdin an empty line is skipped, so it cannot fail.
        let want_stdin = if inputs == &[""] { 0 } else { *want };
        assert_eq!(from_stdin, want_stdin, "stdin {inputs:?}");
    }
}

#[test]
fn blank_and_comment_lines_give_no_rows() {
    let output = run(&["classify"], b"\n  \r\n# api.ie1.twilio.com\n\t\n");
    assert_eq!(stdout(&output), "");
    assert_eq!(code(&output), 0);
    let output = run(&["classify"], b"");
    assert_eq!((stdout(&output), code(&output)), ("", 0));
}

#[test]
fn usage_errors_exit_2() {
    let usage: &[&[&str]] = &[
        &[],
        &["classify", "--format", "xml"],
        &["classify", "--no-such-flag"],
        &["classify", "--header", "--format", "json"],
        &["no-such-command"],
    ];
    for args in usage {
        let output = run(args, b"");
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}: nothing on stdout");
        assert!(!output.stderr.is_empty(), "{args:?}: says why on stderr");
    }
    let help = run(&["classify", "--help"], b"");
    assert_eq!(code(&help), 0);
    assert!(
        stdout(&help).contains("processed_in"),
        "help names the columns"
    );
}

#[test]
#[cfg(target_os = "linux")]
fn io_errors_exit_2_and_say_why() {
    use std::process::{Command, Stdio};
    let bin = env!("CARGO_BIN_EXE_twilio-fqdn");
    // Writing to a full device.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = Command::new(bin)
        .args(["classify", "api.twilio.com"])
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(String::from_utf8_lossy(&output.stderr).contains("twilio-fqdn: "));
    // Reading a directory as stdin.
    let dir = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).unwrap();
    let output = Command::new(bin)
        .arg("classify")
        .stdin(Stdio::from(dir))
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(!output.stderr.is_empty());
}
