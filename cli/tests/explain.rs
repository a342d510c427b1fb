//! `twilio-fqdn explain`: the report's lines, the caret under a parse
//! error, and the exit codes. Expected values from RULES.md §2 and §6.

mod common;

use common::{code, run, stdout};

/// The value of the report line `name:` (trimmed).
fn field<'a>(report: &'a str, name: &str) -> &'a str {
    let prefix = format!("{name}:");
    report
        .lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no {name:?} line in:\n{report}"))
        .trim()
}

#[test]
fn a_retired_region_only_host_fails_with_its_fix() {
    let output = run(&["explain", "api.ie1.twilio.com"], b"");
    let report = stdout(&output);
    assert_eq!(field(report, "input"), "api.ie1.twilio.com");
    assert_eq!(field(report, "host"), "api.ie1.twilio.com");
    assert_eq!(field(report, "form"), "region-only");
    assert_eq!(field(report, "product"), "api");
    assert!(field(report, "edge").starts_with('-'), "no edge written");
    assert!(field(report, "region").starts_with("ie1"));
    assert_eq!(field(report, "processed in"), "us1");
    let verdict = field(report, "verdict");
    assert!(verdict.starts_with("fail: "), "{verdict}");
    assert!(verdict.contains("2026-04-28"), "{verdict}");
    assert_eq!(field(report, "fix"), "use api.dublin.ie1.twilio.com");
    assert_eq!(code(&output), 1);
}

#[test]
fn a_legacy_url_goes_through_ashburn_to_us1() {
    let output = run(&["explain", "https://Video.twilio.com/v1/Rooms"], b"");
    let report = stdout(&output);
    assert_eq!(field(report, "input"), "https://Video.twilio.com/v1/Rooms");
    assert_eq!(field(report, "host"), "video.twilio.com");
    assert_eq!(field(report, "form"), "legacy");
    assert_eq!(field(report, "product"), "video");
    assert!(field(report, "edge").starts_with('-'), "no edge written");
    assert!(field(report, "effective edge").starts_with("ashburn"));
    assert!(field(report, "region").starts_with('-'));
    assert_eq!(field(report, "processed in"), "us1");
    assert!(field(report, "verdict").starts_with("ok: "));
    assert!(field(report, "fix").starts_with('-'));
    assert_eq!(code(&output), 0);
}

#[test]
fn a_regional_us1_host_is_ok_and_the_edge_is_ignored() {
    let output = run(&["explain", "voice.frankfurt.us1.twilio.com"], b"");
    let report = stdout(&output);
    assert!(field(report, "edge").starts_with("frankfurt"));
    assert_eq!(field(report, "effective edge"), "frankfurt");
    assert!(field(report, "region").starts_with("us1"));
    assert_eq!(field(report, "processed in"), "us1");
    let verdict = field(report, "verdict");
    assert!(
        verdict.starts_with("ok: ") && verdict.contains("ignores"),
        "{verdict}"
    );
    assert_eq!(code(&output), 0);
}

#[test]
fn a_warning_exits_0() {
    let output = run(&["explain", "api.frankfurt.ie1.twilio.com"], b"");
    let report = stdout(&output);
    assert!(field(report, "verdict").starts_with("warn: "));
    assert_eq!(field(report, "fix"), "use api.dublin.ie1.twilio.com");
    assert_eq!(code(&output), 0);
}

#[test]
fn a_retired_product_has_no_fix() {
    let output = run(&["explain", "preview.messaging.twilio.com"], b"");
    let report = stdout(&output);
    assert_eq!(field(report, "product"), "preview.messaging");
    assert!(field(report, "verdict").starts_with("fail: "));
    assert!(field(report, "fix").starts_with('-'));
    assert_eq!(code(&output), 1);
}

/// The caret line points at `span` of the input on the line above it.
fn check_caret(input: &str, start: usize, len: usize, message: &str) {
    let output = run(&["explain", input], b"");
    assert_eq!(code(&output), 1, "{input}");
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), 3, "input, carets, error:\n{report}");
    let column = lines[0].find(input).expect("the input is shown") + start;
    let carets = lines[1];
    assert_eq!(carets.trim_start().len(), len, "{report}");
    assert_eq!(carets.len() - carets.trim_start().len(), column, "{report}");
    assert!(carets.trim_start().bytes().all(|b| b == b'^'), "{report}");
    let error = field(report, "error");
    assert!(error.contains(message), "{error}");
    assert!(error.ends_with(&format!("at byte {start}")), "{error}");
}

#[test]
fn a_parse_error_points_at_its_byte() {
    check_caret("api..twilio.com", 4, 1, "empty label");
    check_caret("api.bogus.ie1.twilio.com", 4, 5, "unknown Twilio edge");
    check_caret(
        "https://api.twilio.com@evil.com/",
        23,
        1,
        "not a Twilio host",
    );
    check_caret("api.twilio.com.evil.com", 15, 1, "not a Twilio host");
    check_caret("api_x.twilio.com", 3, 1, "invalid byte 0x5f");
}

#[test]
#[cfg(unix)]
fn bytes_that_are_not_utf8_are_shown_escaped_under_the_caret() {
    use std::os::unix::ffi::OsStrExt;
    let arg = std::ffi::OsStr::from_bytes(b"api.tw\xffilio.com");
    let output = run(&[std::ffi::OsStr::new("explain"), arg], b"");
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    let column = lines[0].find("\\xff").expect("the byte is shown as \\xff");
    assert_eq!(lines[1], format!("{:column$}^^^^", ""));
    assert_eq!(field(report, "error"), "invalid byte 0xff at byte 6");
    assert_eq!(code(&output), 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["explain"][..],
        &["explain", "a", "b"],
        &["explain", "--bogus", "x"],
    ] {
        let output = run(args, b"");
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(output.stdout.is_empty());
    }
}
