//! Hosts found in URLs exactly where a WHATWG client finds them, checked
//! against the `url` crate: we never call a host Twilio that a real client
//! would not connect to.

use twilio_fqdn::{ErrorKind, Hostname, HttpUrl};

/// When we report a Twilio host, `url` must agree on it (case-insensitively,
/// modulo the one trailing dot we fold away).
fn agrees_with_url_crate(input: &str) {
    if let Ok(host) = Hostname::from_url(input) {
        let parsed = url::Url::parse(input).unwrap_or_else(|e| panic!("{input:?}: url says {e}"));
        let theirs = parsed.host_str().expect("a host");
        assert_eq!(
            theirs.trim_end_matches('.').to_ascii_lowercase(),
            host.to_string(),
            "{input:?}"
        );
    }
}

#[test]
fn hosts_inside_urls() {
    for (input, host) in [
        ("https://api.twilio.com", "api.twilio.com"),
        ("https://api.twilio.com/", "api.twilio.com"),
        (
            "http://api.twilio.com:80/2010-04-01/Accounts",
            "api.twilio.com",
        ),
        (
            "https://user:pass@api.sydney.au1.twilio.com:443/v1?x=1#f",
            "api.sydney.au1.twilio.com",
        ),
        (
            "HTTPS://API.Dublin.IE1.Twilio.COM/",
            "api.dublin.ie1.twilio.com",
        ),
        ("https://api.twilio.com./x", "api.twilio.com"),
        ("https://api.twilio.com?q", "api.twilio.com"),
        ("https://api.twilio.com#frag", "api.twilio.com"),
        ("https://api.twilio.com#@evil.com", "api.twilio.com"),
        ("https://api.twilio.com?@evil.com", "api.twilio.com"),
        ("https://evil.com@api.twilio.com", "api.twilio.com"),
        ("https://a@b@api.twilio.com/", "api.twilio.com"),
        ("https://@api.twilio.com", "api.twilio.com"),
        ("https:api.twilio.com/x", "api.twilio.com"),
        ("https:/api.twilio.com", "api.twilio.com"),
        ("https:\\\\api.twilio.com", "api.twilio.com"),
        ("https:///api.twilio.com", "api.twilio.com"),
        ("https://api.twilio.com:", "api.twilio.com"),
        ("https://api.twilio.com:0443/", "api.twilio.com"),
        ("https://api.twilio.com:65535", "api.twilio.com"),
        ("https://api.twilio.com/p\u{e9}th", "api.twilio.com"),
        ("https://api.twilio.com\\path", "api.twilio.com"),
    ] {
        let parsed = Hostname::from_url(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(parsed.to_string(), host, "{input:?}");
        agrees_with_url_crate(input);
    }
}

#[test]
fn urls_that_go_elsewhere_or_cannot_be_judged() {
    use ErrorKind::*;
    for (input, index, kind) in [
        ("https://api.twilio.com@evil.com/", 23, NotTwilio),
        ("https://evil.com\\@api.twilio.com", 8, NotTwilio),
        ("https://user@evil.com#@api.twilio.com", 13, NotTwilio),
        ("https://api.twilio.com.evil.com/", 23, NotTwilio),
        ("ftp://api.twilio.com/", 0, NotHttpUrl),
        ("wss://api.twilio.com/", 0, NotHttpUrl),
        ("api.twilio.com", 0, NotHttpUrl),
        ("//api.twilio.com", 0, NotHttpUrl),
        ("httpx://api.twilio.com", 0, NotHttpUrl),
        ("", 0, Empty),
        ("https://", 8, EmptyHost),
        ("https://user@", 13, EmptyHost),
        ("https://:443/", 8, EmptyHost),
        ("https://[::1]/", 8, IpLiteral),
        ("https://u@[2001:db8::1]:443/", 10, IpLiteral),
        ("https://api.twilio.com:99999", 27, InvalidPort),
        ("https://api.twilio.com:44x/", 25, InvalidPort),
        ("https://api.twilio.com:-1", 23, InvalidPort),
        ("https://api.twi\tlio.com", 15, InvalidByte(b'\t')),
        ("https://api.twilio.com\n", 22, InvalidByte(b'\n')),
        (" https://api.twilio.com", 0, InvalidByte(b' ')),
        ("https://api.twilio.com/ x", 23, InvalidByte(b' ')),
        ("https://api.twilio.com\t@evil.com", 22, InvalidByte(b'\t')),
        ("https://api%2etwilio.com", 11, InvalidByte(b'%')),
        ("https://api..twilio.com", 12, EmptyLabel),
        ("https://1.2.3.4/", 12, NotTwilio),
        ("https://localhost:4010", 8, NotTwilio),
    ] {
        let e = Hostname::from_url(input).expect_err(input);
        assert_eq!((e.index(), e.kind()), (index, kind), "{input:?}");
        agrees_with_url_crate(input);
    }
    // Non-ASCII hosts: a WHATWG client maps them (IDNA); we refuse to guess.
    for input in [
        "https://api.twilio.c\u{f6}m",
        "https://api\u{3002}twilio.com",
        "https://api.twilio\u{ff0e}com",
        "https://\u{430}pi.twilio.com",
    ] {
        let e = Hostname::from_url(input).expect_err(input);
        assert!(
            matches!(e.kind(), InvalidByte(b) if b >= 0x80),
            "{input:?}: {e}"
        );
    }
}

#[test]
fn split_around_the_host() {
    let url = HttpUrl::parse("https://u:p@api.twilio.com:8443/v1/Calls.json?a=b#c").unwrap();
    assert_eq!(url.before_host(), "https://u:p@");
    assert_eq!(url.host(), "api.twilio.com");
    assert_eq!(url.after_host(), ":8443/v1/Calls.json?a=b#c");
    assert_eq!(url.port(), Some(8443));
    assert_eq!(url.path(), "/v1/Calls.json");
    let bare = HttpUrl::parse("https://api.twilio.com").unwrap();
    assert_eq!(
        (bare.port(), bare.path(), bare.after_host()),
        (None, "", "")
    );
    let query_only = HttpUrl::parse("https://api.twilio.com?x=/y").unwrap();
    assert_eq!(query_only.path(), "");
    // Not a DNS name, but a URL all the same: the split does not judge hosts.
    let prism = HttpUrl::parse("https://prism_twilio:4010").unwrap();
    assert_eq!((prism.host(), prism.port()), ("prism_twilio", Some(4010)));
}

#[test]
fn host_or_url() {
    let a = Hostname::parse_host_or_url("api.dublin.ie1.twilio.com").unwrap();
    let b = Hostname::parse_host_or_url("Https://api.dublin.ie1.twilio.com/v1").unwrap();
    assert_eq!(a, b);
    assert_eq!(
        Hostname::parse_host_or_url("api.twilio.com:443")
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidByte(b':')
    );
}

#[test]
fn host_or_url_bytes_agree_with_str_and_reject_what_is_not_utf8() {
    for input in [
        "api.dublin.ie1.twilio.com",
        "Https://api.dublin.ie1.twilio.com/v1",
        "https://api.twilio.com@evil.com/",
        "api.twilio.com:443",
        "http://[::1]/",
        "",
    ] {
        assert_eq!(
            Hostname::parse_host_or_url_bytes(input.as_bytes()),
            Hostname::parse_host_or_url(input),
            "{input:?}"
        );
    }
    // A URL must be UTF-8: its first byte that is not is the error.
    let e = Hostname::parse_host_or_url_bytes(b"https://api.twilio.com/\xc3(").unwrap_err();
    assert_eq!((e.index(), e.kind()), (23, ErrorKind::InvalidByte(0xc3)));
    // A bare host: the first byte outside [A-Za-z0-9-.].
    let e = Hostname::parse_host_or_url_bytes(b"api.\x80twilio.com").unwrap_err();
    assert_eq!((e.index(), e.kind()), (4, ErrorKind::InvalidByte(0x80)));
}
