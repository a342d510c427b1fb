//! `twilio-fqdn availability`: every row of `availability.tsv` through the
//! command (`PRODUCT PATH`), URLs judged at their host, and the exit codes.

mod common;

use common::{code, run, stdout};

const TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/data/availability.tsv"
));

const SID: &str = "AC0123456789abcdef0123456789abcdef";

/// The three lines the command must print for levels `[us1, ie1, au1]`.
fn lines(levels: [&str; 3], note: &str) -> String {
    ["us1", "ie1", "au1"]
        .iter()
        .zip(levels)
        .map(|(region, level)| format!("{region}\t{level}\t{note}\n"))
        .collect()
}

#[test]
fn every_row_of_the_table_by_product_and_path() {
    let mut rows = 0;
    for line in TSV.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (product, pattern) = (cols[0], cols[1]);
        let path = if pattern == "*" {
            "/".to_string()
        } else {
            pattern.replace("{sid}", SID)
        };
        let output = run(&["availability", product, &path], b"");
        assert_eq!(code(&output), 0, "{line}");
        assert_eq!(
            stdout(&output),
            lines([cols[2], cols[3], cols[4]], cols[5]),
            "{line}"
        );
        assert!(output.stderr.is_empty(), "{line}");
        rows += 1;
    }
    assert_eq!(rows, 19);
}

#[test]
fn a_url_is_judged_at_its_host() {
    let push = "Push Credentials: \"REST API operations that manage Push Credentials for the Notification service are supported only in US1\"";
    let cases: &[(&str, [&str; 3], &str, i32, &str)] = &[
        (
            "https://notify.dublin.ie1.twilio.com/v1/Credentials",
            ["ga", "no", "no"],
            push,
            1,
            "at this host: not available in ie1; available in us1 at notify.twilio.com\n",
        ),
        ("https://notify.twilio.com/v1/Credentials/CR01?x=1", ["ga", "no", "no"], push, 0, ""),
        (
            "https://messaging.frankfurt.ie1.twilio.com/v1/Services",
            ["ga", "beta", "no"],
            "Programmable Messaging in ie1 is public beta; dublin edge only",
            1,
            "at this host: available in ie1 only through edge dublin; use messaging.dublin.ie1.twilio.com\n",
        ),
        (
            "https://video.twilio.com/v1/Rooms",
            ["ga", "no", "no"],
            "no row in the availability table: us1 only",
            0,
            "",
        ),
        (
            "https://api.ie1.twilio.com/2010-04-01/Accounts.json",
            ["ga", "ga", "ga"],
            "Programmable Voice core resources (Calls, Conferences, Recordings, Queues, Applications, ...)",
            1,
            "at this host: fail: region-only host for ie1 was retired on 2026-04-28 (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com\n",
        ),
    ];
    for &(url, levels, note, exit, stderr) in cases {
        let output = run(&["availability", url], b"");
        assert_eq!(stdout(&output), lines(levels, note), "{url}");
        assert_eq!(code(&output), exit, "{url}");
        let err = String::from_utf8_lossy(&output.stderr);
        if stderr.is_empty() {
            assert!(err.is_empty(), "{url}: {err}");
        } else {
            assert_eq!(err, format!("twilio-fqdn: {stderr}"), "{url}");
        }
    }
}

#[test]
fn inputs_that_cannot_be_judged_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["availability"], "required"),
        (
            &["availability", "notify", "/v1", "x"],
            "unexpected value 'x'",
        ),
        (&["availability", "foo", "/v1"], "foo: not a Twilio product"),
        (
            &["availability", "Notify", "/v1/../Credentials"],
            "'.' or '..' segment at byte 4",
        ),
        (
            &["availability", "notify", "v1/Credentials"],
            "does not start with '/'",
        ),
        (
            &["availability", "https://notify.twilio.com/v1/%43redentials"],
            "percent-encoding",
        ),
        (
            &["availability", "https://notify.twilio.com\\v1/Credentials"],
            "does not start with '/' at byte 25",
        ),
        (
            &["availability", "https://example.com/v1"],
            "not a Twilio host",
        ),
        (
            &["availability", "notify.twilio.com"],
            "not an http or https URL",
        ),
    ];
    for &(args, message) in cases {
        let output = run(args, b"");
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.contains(message), "{args:?}: {err}");
    }
}
