//! `twilio-fqdn rewrite`: a file of URLs on stdin and URLs as arguments,
//! with and without `TWILIO_EDGE` / `TWILIO_REGION`, the flags' precedence,
//! strict refusals with their fix, bad values, and the exit codes.
//! Expected URLs follow RULES.md §7 and helper-compat.tsv.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const URLS: &str = include_str!("data/urls.txt");

/// Runs `twilio-fqdn` with exactly the given Twilio variables set (any
/// inherited ones are removed), feeding it `stdin`.
fn run(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_twilio-fqdn"));
    command
        .args(args)
        .env_remove("TWILIO_EDGE")
        .env_remove("TWILIO_REGION")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    if let Err(e) = pipe.write_all(stdin.as_bytes()) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    drop(pipe);
    child.wait_with_output().expect("the binary finishes")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited with a code")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

const A: &str = "AC0123456789abcdef0123456789abcdef";

/// The file unchanged but normalised: host lowercase, no trailing dot.
fn without_target() -> String {
    [
        format!("https://api.twilio.com/2010-04-01/Accounts/{A}/Messages.json"),
        "https://video.twilio.com/v1/Rooms?Status=completed".into(),
        "https://user:pass@api.twilio.com:8443/v1/Calls#top".into(),
        "https://api.dublin.ie1.twilio.com/v1/Calls".into(),
        "https://messaging.urlregion.twilio.com/v1/Services".into(),
        "http://localhost:4010/2010-04-01/Accounts.json".into(),
    ]
    .map(|line| line + "\n")
    .concat()
}

fn sydney_au1() -> String {
    [
        format!("https://api.sydney.au1.twilio.com/2010-04-01/Accounts/{A}/Messages.json"),
        "https://video.sydney.au1.twilio.com/v1/Rooms?Status=completed".into(),
        "https://user:pass@api.sydney.au1.twilio.com:8443/v1/Calls#top".into(),
        "https://api.sydney.au1.twilio.com/v1/Calls".into(),
        "https://messaging.sydney.au1.twilio.com/v1/Services".into(),
        "http://localhost:4010/2010-04-01/Accounts.json".into(),
    ]
    .map(|line| line + "\n")
    .concat()
}

#[test]
fn a_file_without_the_variables_is_only_normalised() {
    let output = run(&["rewrite"], &[], URLS);
    assert_eq!(stdout(&output), without_target());
    assert_eq!(code(&output), 0);
    assert_eq!(stderr(&output), "");
}

#[test]
fn a_file_with_the_variables_goes_through_the_edge_and_region() {
    let env = [("TWILIO_EDGE", "sydney"), ("TWILIO_REGION", "au1")];
    let output = run(&["rewrite"], &env, URLS);
    assert_eq!(stdout(&output), sydney_au1());
    assert_eq!(code(&output), 0);
    // The flags say the same.
    let flags = run(
        &["rewrite", "--edge", "sydney", "--region", "au1"],
        &[],
        URLS,
    );
    assert_eq!(stdout(&flags), sydney_au1());
}

#[test]
fn the_region_variable_alone_is_what_the_libraries_do() {
    let output = run(&["rewrite"], &[("TWILIO_REGION", "ie1")], URLS);
    let want = [
        format!("https://api.ie1.twilio.com/2010-04-01/Accounts/{A}/Messages.json"),
        "https://video.ie1.twilio.com/v1/Rooms?Status=completed".into(),
        "https://user:pass@api.ie1.twilio.com:8443/v1/Calls#top".into(),
        "https://api.dublin.ie1.twilio.com/v1/Calls".into(),
        "https://messaging.ie1.twilio.com/v1/Services".into(),
        "http://localhost:4010/2010-04-01/Accounts.json".into(),
    ]
    .map(|line: String| line + "\n")
    .concat();
    assert_eq!(stdout(&output), want);
    assert_eq!(code(&output), 0);
}

#[test]
fn a_flag_beats_its_variable_each_setting_on_its_own() {
    let url = "https://api.twilio.com/v1";
    for (args, env, want) in [
        // --region wins over TWILIO_REGION; TWILIO_EDGE still fills the edge.
        (
            vec!["rewrite", "--region", "au1", url],
            vec![("TWILIO_EDGE", "sydney"), ("TWILIO_REGION", "ie1")],
            "https://api.sydney.au1.twilio.com/v1\n",
        ),
        (
            vec!["rewrite", "--edge", "dublin", url],
            vec![("TWILIO_EDGE", "sydney"), ("TWILIO_REGION", "ie1")],
            "https://api.dublin.ie1.twilio.com/v1\n",
        ),
        // An empty flag is unset: the variable is used.
        (
            vec!["rewrite", "--edge", "", url],
            vec![("TWILIO_EDGE", "dublin"), ("TWILIO_REGION", "ie1")],
            "https://api.dublin.ie1.twilio.com/v1\n",
        ),
        // An empty variable is unset too.
        (
            vec!["rewrite", url],
            vec![("TWILIO_EDGE", ""), ("TWILIO_REGION", "")],
            "https://api.twilio.com/v1\n",
        ),
        // An edge alone gets us1.
        (
            vec!["rewrite", url],
            vec![("TWILIO_EDGE", "frankfurt")],
            "https://api.frankfurt.us1.twilio.com/v1\n",
        ),
    ] {
        let output = run(&args, &env, "");
        assert_eq!(stdout(&output), want, "{args:?} {env:?}");
        assert_eq!(code(&output), 0, "{args:?} {env:?}");
    }
}

#[test]
fn arguments_are_rewritten_instead_of_stdin() {
    let output = run(
        &[
            "rewrite",
            "--region",
            "region2",
            "https://api.domain.com",
            "https://prism_twilio:4010",
        ],
        &[],
        "https://ignored.twilio.com\n",
    );
    assert_eq!(
        stdout(&output),
        "https://api.region2.domain.com\nhttps://prism_twilio:4010\n"
    );
    assert_eq!(code(&output), 0);
}

#[test]
fn strict_mode_refuses_with_the_reason_and_the_fix_and_exits_1() {
    let output = run(&["rewrite", "--strict"], &[("TWILIO_REGION", "ie1")], URLS);
    // Only the URLs that work reach stdout.
    assert_eq!(
        stdout(&output),
        "https://api.dublin.ie1.twilio.com/v1/Calls\nhttp://localhost:4010/2010-04-01/Accounts.json\n"
    );
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains(&format!(
            "twilio-fqdn: https://api.twilio.com/2010-04-01/Accounts/{A}/Messages.json: \
         refused api.ie1.twilio.com: fail: region-only host for ie1 was retired on 2026-04-28 \
         (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com\n  \
         fix: https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/{A}/Messages.json \
         (--edge dublin --region ie1)\n"
        )),
        "{err}"
    );
    assert!(err.contains(
        "  fix: https://user:pass@api.dublin.ie1.twilio.com:8443/v1/Calls#top (--edge dublin --region ie1)\n"
    ), "{err}");
    // A Twilio host with a label that is not Twilio's is an error, not a guess.
    assert!(err.contains(
        "twilio-fqdn: https://messaging.urlRegion.twilio.com/v1/Services: cannot rewrite this URL: \
         neither a Twilio edge nor a region (9 bytes) at byte 18\n"
    ), "{err}");
    assert_eq!(err.matches("refused").count(), 3, "{err}");
}

#[test]
fn strict_mode_with_the_documented_pair_rewrites_everything() {
    let env = [("TWILIO_EDGE", "sydney"), ("TWILIO_REGION", "au1")];
    let output = run(
        &["rewrite", "--strict"],
        &env,
        URLS.replace("urlRegion", "au1").as_str(),
    );
    assert_eq!(stdout(&output), sydney_au1());
    assert_eq!(code(&output), 0);
    assert_eq!(stderr(&output), "");
}

#[test]
fn strict_mode_refuses_roaming_and_gll() {
    let url = "https://conversations.twilio.com/v1/Conversations";
    let output = run(
        &[
            "rewrite", "--strict", "--edge", "roaming", "--region", "gll", url,
        ],
        &[],
        "",
    );
    assert_eq!(stdout(&output), "");
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        format!(
            "twilio-fqdn: {url}: refused conversations.roaming.gll.twilio.com: fail: gll is not a \
             region but the legacy id of edge roaming: the host does not resolve (twilio-node#666); \
             use conversations.twilio.com\n  \
             fix: https://conversations.twilio.com/v1/Conversations (no edge and no region)\n"
        )
    );
    // The compatible rewrite sends it, as the libraries do.
    let output = run(
        &["rewrite", "--edge", "roaming", "--region", "gll", url],
        &[],
        "",
    );
    assert_eq!(
        stdout(&output),
        "https://conversations.roaming.gll.twilio.com/v1/Conversations\n"
    );
    assert_eq!(code(&output), 0);
}

#[test]
fn strict_mode_warns_but_rewrites() {
    let output = run(
        &[
            "rewrite",
            "--strict",
            "--edge",
            "frankfurt",
            "--region",
            "ie1",
            "https://api.twilio.com/v1",
        ],
        &[],
        "",
    );
    assert_eq!(stdout(&output), "https://api.frankfurt.ie1.twilio.com/v1\n");
    assert_eq!(code(&output), 0);
    assert!(stderr(&output).starts_with(
        "twilio-fqdn: warning: https://api.twilio.com/v1: api.frankfurt.ie1.twilio.com: warn: \
         edge frankfurt is not documented for ie1"
    ));
}

#[test]
fn a_value_that_could_name_another_host_is_a_usage_error() {
    let url = "https://api.twilio.com/v1";
    for (args, env, message) in [
        (
            vec!["rewrite", "--region", "evil.com/x", url],
            vec![],
            "--region \"evil.com/x\": region: invalid byte 0x2e ('.') at byte 4",
        ),
        (
            vec!["rewrite", url],
            vec![("TWILIO_EDGE", "x@evil")],
            "TWILIO_EDGE=\"x@evil\": edge: invalid byte 0x40 ('@') at byte 1",
        ),
        (
            vec!["rewrite", "--strict", "--edge", "osaka", url],
            vec![],
            "--edge \"osaka\": edge: not a Twilio edge (one of ashburn, ",
        ),
        (
            vec!["rewrite", "--strict", url],
            vec![("TWILIO_REGION", "dublin")],
            "TWILIO_REGION=\"dublin\": region: not a Twilio region (one of us1, ie1, au1, ",
        ),
    ] {
        let output = run(&args, &env, "");
        assert_eq!(code(&output), 2, "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    // A bad variable the flag overrides is never looked at.
    let output = run(
        &["rewrite", "--edge", "dublin", url],
        &[("TWILIO_EDGE", "x@evil")],
        "",
    );
    assert_eq!(code(&output), 0);
    assert_eq!(stdout(&output), "https://api.dublin.us1.twilio.com/v1\n");
}

#[test]
fn inputs_that_cannot_be_rewritten_are_reported_and_the_rest_printed() {
    let stdin = "ftp://api.twilio.com/\nhttps://api.twilio.com/ok\nhttps://api..twilio.com/\n";
    let output = run(
        &["rewrite", "--edge", "dublin", "--region", "ie1"],
        &[],
        stdin,
    );
    assert_eq!(stdout(&output), "https://api.dublin.ie1.twilio.com/ok\n");
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "twilio-fqdn: ftp://api.twilio.com/: cannot rewrite this URL: not an http or https URL at byte 0\n\
         twilio-fqdn: https://api..twilio.com/: cannot rewrite this URL: empty label at byte 12\n"
    );
}

#[test]
fn a_long_url_is_rewritten_whole() {
    let url = format!("https://api.twilio.com/{}", "x".repeat(5000));
    let output = run(
        &["rewrite", "--region", "au1", "--edge", "sydney", &url],
        &[],
        "",
    );
    assert_eq!(
        stdout(&output),
        format!("https://api.sydney.au1.twilio.com/{}\n", "x".repeat(5000))
    );
    assert_eq!(code(&output), 0);
}
