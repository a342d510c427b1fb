//! `twilio-fqdn check`: residency decisions for files of URLs on stdin and
//! for arguments, the credential region, non-Twilio hosts, JSON, and the
//! exit codes. Expected values from RULES.md §2, §3, §8, §9.

mod common;

use common::{code, run, stdout};

const A: &str = "AC0123456789abcdef0123456789abcdef";

/// (input, decision, reason) under `--allow ie1`.
fn eu_rows() -> Vec<(String, &'static str, &'static str)> {
    vec![
        (format!("https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/{A}/Messages.json"), "allow", "processed in ie1 (ga)"),
        ("https://messaging.dublin.ie1.twilio.com/v1/Services".into(), "allow", "processed in ie1 (beta)"),
        ("https://api.twilio.com/2010-04-01/Accounts.json".into(), "deny", "processed in us1, which the policy does not allow; use api.dublin.ie1.twilio.com"),
        ("https://api.ie1.twilio.com/2010-04-01/Accounts.json".into(), "deny", "the host does not work: region-only host for ie1 was retired on 2026-04-28 (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com"),
        ("https://notify.dublin.ie1.twilio.com/v1/Credentials".into(), "deny", "this notify endpoint is not available in ie1; no allowed region offers it (offered in us1)"),
        ("https://messaging.frankfurt.ie1.twilio.com/v1/Services".into(), "deny", "ie1 is reached only through edge dublin; use messaging.dublin.ie1.twilio.com"),
        ("api.sydney.au1.twilio.com".into(), "deny", "processed in au1, which the policy does not allow; use api.dublin.ie1.twilio.com"),
        ("https://example.com/".into(), "deny", "not a Twilio host, and the policy denies non-Twilio hosts"),
        ("https://api.dublin.ie1.twilio.com/v1/../x".into(), "deny", "path not in normal form: '.' or '..' segment at byte 37; send the normalized path"),
    ]
}

fn tsv(rows: &[(String, &str, &str)]) -> String {
    rows.iter()
        .map(|(i, d, r)| format!("{i}\t{d}\t{r}\n"))
        .collect()
}

#[test]
fn stdin_lines_get_one_row_each_and_any_deny_exits_1() {
    let rows = eu_rows();
    let mut stdin = String::from("# requests from the gateway log\n\n");
    for (input, ..) in &rows {
        stdin.push_str(&format!("  {input}\r\n"));
    }
    let output = run(&["check", "--allow", "ie1"], stdin.as_bytes());
    assert_eq!(stdout(&output), tsv(&rows));
    assert_eq!(code(&output), 1);
    assert!(output.stderr.is_empty());
}

#[test]
fn all_allowed_exits_0() {
    let rows: Vec<_> = eu_rows().into_iter().filter(|r| r.1 == "allow").collect();
    let mut args = vec!["check".to_string(), "--allow".into(), "us1,ie1".into()];
    args.extend(rows.iter().map(|r| r.0.clone()));
    let output = run(&args, b"");
    assert_eq!(stdout(&output), tsv(&rows));
    assert_eq!(code(&output), 0);
}

#[test]
fn every_allow_list_of_the_issue() {
    let hosts = [
        "api.twilio.com",
        "api.dublin.ie1.twilio.com",
        "api.sydney.au1.twilio.com",
        "api.au1.twilio.com",
    ];
    // Which of `hosts` each list allows (api.au1 is retired: never).
    let cases = [
        ("us1", [true, false, false, false]),
        ("ie1", [false, true, false, false]),
        ("au1", [false, false, true, false]),
        ("ie1,au1", [false, true, true, false]),
        ("AU1, IE1", [false, true, true, false]),
    ];
    for (allow, expected) in cases {
        let mut args = vec!["check", "--allow", allow];
        args.extend(hosts);
        let output = run(&args, b"");
        let decisions: Vec<bool> = stdout(&output)
            .lines()
            .map(|l| l.split('\t').nth(1) == Some("allow"))
            .collect();
        assert_eq!(decisions, expected, "{allow}");
        assert_eq!(code(&output), 1, "{allow}");
    }
}

#[test]
fn the_credential_region_must_match_the_host() {
    let regions = [
        ("us1", "api.twilio.com"),
        ("ie1", "api.dublin.ie1.twilio.com"),
        ("au1", "api.sydney.au1.twilio.com"),
    ];
    for (credential, _) in regions {
        for (needed, host) in regions {
            let output = run(
                &[
                    "check",
                    "--allow",
                    "us1,ie1,au1",
                    "--credential-region",
                    credential,
                    host,
                ],
                b"",
            );
            let line = stdout(&output);
            if credential == needed {
                assert!(line.starts_with(&format!("{host}\tallow\t")), "{line}");
                assert_eq!(code(&output), 0);
            } else {
                assert_eq!(
                    line,
                    format!("{host}\tdeny\tthe credential belongs to {credential} but the host processes in {needed}: use an API key or auth token of {needed} (credentials are per region)\n")
                );
                assert_eq!(code(&output), 1);
            }
        }
    }
}

#[test]
fn non_twilio_hosts_only_with_the_flag() {
    let output = run(
        &[
            "check",
            "--allow",
            "ie1",
            "--allow-non-twilio",
            "https://example.com/",
            "https://foo.twilio.com/",
        ],
        b"",
    );
    assert_eq!(
        stdout(&output),
        "https://example.com/\tallow\tnot a Twilio host; the policy allows non-Twilio hosts\n\
         https://foo.twilio.com/\tdeny\tnot a Twilio REST URL or host: unknown Twilio product (3 bytes) at byte 8\n"
    );
    assert_eq!(code(&output), 1);
}

#[test]
fn bytes_that_are_not_utf8_are_denied_and_escaped() {
    let output = run(
        &["check", "--allow", "us1"],
        b"https://api.twilio.com/\xff\tx\n",
    );
    assert_eq!(
        stdout(&output),
        "https://api.twilio.com/\\xff\\tx\tdeny\tnot a Twilio REST URL or host: invalid byte 0xff at byte 23\n"
    );
    assert_eq!(code(&output), 1);
}

#[test]
fn json_rows_parse_and_carry_the_same_values() {
    let rows = eu_rows();
    let stdin: String = rows.iter().map(|r| format!("{}\n", r.0)).collect();
    let output = run(
        &["check", "--allow", "ie1", "--format", "json"],
        stdin.as_bytes(),
    );
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), rows.len());
    for (line, (input, decision, reason)) in lines.iter().zip(&rows) {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["input"], *input);
        assert_eq!(value["decision"], *decision);
        assert_eq!(value["reason"], *reason);
    }
    assert_eq!(code(&output), 1);
}

#[test]
fn header_row() {
    let output = run(
        &["check", "--allow", "us1", "--header", "api.twilio.com"],
        b"",
    );
    assert_eq!(stdout(&output), "input\tdecision\treason\napi.twilio.com\tallow\tprocessed in us1 (no path given: the product offers endpoints there)\n");
}

#[test]
fn usage_errors_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["check", "api.twilio.com"], "--allow"),
        (&["check", "--allow", "", "api.twilio.com"], "empty region"),
        (
            &["check", "--allow", "us1,de1", "api.twilio.com"],
            "de1 is not a processing region",
        ),
        (
            &["check", "--allow", "eu1", "api.twilio.com"],
            "unknown region",
        ),
        (
            &[
                "check",
                "--allow",
                "us1",
                "--credential-region",
                "gll",
                "api.twilio.com",
            ],
            "gll is not a processing region",
        ),
        (
            &["check", "--allow", "us1", "--format", "json", "--header"],
            "--header is for --format tsv",
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
