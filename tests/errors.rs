//! Bad input: every error kind with the byte it points at, the length
//! limits, every byte value in every position, and look-alike hosts.

use twilio_fqdn::{ErrorKind, Hostname};

fn err(input: &str) -> (usize, ErrorKind) {
    let e = Hostname::parse(input).expect_err(input);
    assert!(
        e.span().end <= input.len().max(1),
        "{input}: span {:?}",
        e.span()
    );
    (e.index(), e.kind())
}

#[test]
fn each_error_kind_with_its_index() {
    use ErrorKind::*;
    let cases: &[(&str, usize, ErrorKind)] = &[
        ("", 0, Empty),
        (".", 0, EmptyLabel),
        ("..", 0, EmptyLabel),
        ("api..twilio.com", 4, EmptyLabel),
        (".api.twilio.com", 0, EmptyLabel),
        ("api.twilio.com..", 15, EmptyLabel),
        ("api_x.twilio.com", 3, InvalidByte(b'_')),
        ("api.twilio.com/", 14, InvalidByte(b'/')),
        ("api.twilio.com:443", 14, InvalidByte(b':')),
        (" api.twilio.com", 0, InvalidByte(b' ')),
        ("-api.twilio.com", 0, HyphenAtLabelEdge),
        ("api-.twilio.com", 3, HyphenAtLabelEdge),
        ("api.dublin.ie1.twilio-.com", 21, HyphenAtLabelEdge),
        ("api.twilio.co", 4, NotTwilio),
        ("api.twilio.com.evil.com", 15, NotTwilio),
        ("twilio.com.evil", 7, NotTwilio),
        ("apitwilio.com", 0, NotTwilio),
        ("com", 0, NotTwilio),
        ("localhost", 0, NotTwilio),
        ("twilio.com", 0, MissingProduct),
        ("TWILIO.COM.", 0, MissingProduct),
        ("foo.twilio.com", 0, UnknownProduct { len: 3 }),
        ("xn--api-5qa.twilio.com", 0, UnknownProduct { len: 11 }),
        ("api.mars.ie1.twilio.com", 4, UnknownEdge { len: 4 }),
        ("api.ie1.dublin.twilio.com", 4, UnknownEdge { len: 3 }),
        ("api.dublin.xx1.twilio.com", 11, UnknownRegion { len: 3 }),
        ("api.dublin.osaka.twilio.com", 11, UnknownRegion { len: 5 }),
        ("api.mars.twilio.com", 4, UnknownEdgeOrRegion { len: 4 }),
        ("api.osaka.twilio.com", 4, UnknownEdgeOrRegion { len: 5 }),
        ("api.a.b.c.twilio.com", 8, TooManyLabels),
        ("api.dublin.ie1.us1.twilio.com", 15, TooManyLabels),
        (
            "preview.messaging.dublin.ie1.x.twilio.com",
            29,
            TooManyLabels,
        ),
    ];
    for &(input, index, kind) in cases {
        assert_eq!(err(input), (index, kind), "{input}");
    }
}

#[test]
fn name_length_limits() {
    // 253 bytes is the limit, one trailing dot not counted.
    let label63 = "a".repeat(63);
    let name253 = format!(
        "{label63}.{label63}.{label63}.{}.twilio.com",
        "b".repeat(50)
    );
    assert_eq!(name253.len(), 253);
    assert_ne!(err(&name253).1, ErrorKind::TooLong);
    assert_ne!(err(&format!("{name253}.")).1, ErrorKind::TooLong);
    let name254 = format!("c{name253}");
    assert_eq!(err(&name254), (253, ErrorKind::TooLong));
    assert_eq!(err(&format!("{name254}.")), (253, ErrorKind::TooLong));
    // Even garbage: the length is judged first, in constant time.
    assert_eq!(err(&"\0".repeat(1 << 16)), (253, ErrorKind::TooLong));
}

#[test]
fn label_length_limits() {
    let label63 = "a".repeat(63);
    assert_eq!(
        err(&format!("{label63}.twilio.com")),
        (0, ErrorKind::UnknownProduct { len: 63 })
    );
    assert_eq!(
        err(&format!("a{label63}.twilio.com")),
        (63, ErrorKind::LabelTooLong)
    );
    assert_eq!(
        err(&format!("api.{label63}.twilio.com")),
        (4, ErrorKind::UnknownEdgeOrRegion { len: 63 })
    );
    assert_eq!(
        err(&format!("api.x{label63}.twilio.com")),
        (67, ErrorKind::LabelTooLong)
    );
    // A too-long label is caught at its 64th byte, before a bad byte after it.
    assert_eq!(
        err(&format!("a{label63}_.twilio.com")),
        (63, ErrorKind::LabelTooLong)
    );
}

#[test]
fn every_byte_in_every_position() {
    let base = "api.dublin.ie1.twilio.com";
    for i in 0..base.len() {
        for b in 0..=255u8 {
            let mut bytes = base.as_bytes().to_vec();
            bytes[i] = b;
            let result = Hostname::parse_bytes(&bytes);
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
                // Valid bytes: any outcome, but a success is the same name.
                if let Ok(host) = result {
                    let mut expected = bytes.to_ascii_lowercase();
                    if expected.last() == Some(&b'.') {
                        expected.pop();
                    }
                    assert_eq!(
                        host.to_string().as_bytes(),
                        expected,
                        "byte {b:#04x} at {i}"
                    );
                }
            } else {
                let e = result.expect_err("invalid byte accepted");
                assert_eq!(
                    (e.index(), e.kind()),
                    (i, ErrorKind::InvalidByte(b)),
                    "byte {b:#04x} at {i}"
                );
            }
        }
    }
}

#[test]
fn look_alikes_are_not_twilio() {
    for input in [
        "api.twilio.com.evil.com",
        "twilio.com.evil",
        "apitwilio.com",
        "api.twilio.co",
        "api.twilio.comm",
        "api.twilio.com.",
        "api.twi1io.com",
        "api.twilio-com.com",
        "api.xn--twilio-9ta.com",
        "xn--api-5qa.twilio.com",
        "api..twilio.com",
        "-api.twilio.com",
        "api.twilio.com..",
        "api.twilio.com.\0",
        "api.twilio．com",
        "api。twilio.com",
        "аpi.twilio.com", // Cyrillic а
        "api.twilio.com\n",
        "api.twilio.com ",
        "api.twilio.com%00",
        "API.TWILIO.COM.EVIL",
    ] {
        let result = Hostname::parse(input);
        if input == "api.twilio.com." {
            assert!(
                result.is_ok(),
                "{input:?}: one trailing dot is the same host"
            );
        } else {
            assert!(result.is_err(), "{input:?} parsed as {result:?}");
        }
    }
}

#[test]
fn errors_display_what_and_where() {
    let show = |s: &str| Hostname::parse(s).unwrap_err().to_string();
    assert_eq!(
        show("api_x.twilio.com"),
        "invalid byte 0x5f ('_') at byte 3"
    );
    assert_eq!(show("api\0.twilio.com"), "invalid byte 0x00 at byte 3");
    assert_eq!(show("api..twilio.com"), "empty label at byte 4");
    assert_eq!(
        show("api.mars.ie1.twilio.com"),
        "unknown Twilio edge (4 bytes) at byte 4"
    );
    assert_eq!(
        show("api.twilio.com.evil.com"),
        "not a Twilio host: the name must end in .twilio.com at byte 15"
    );
    let long = "a".repeat(300);
    assert_eq!(show(&long), "name longer than 253 bytes at byte 253");
}

#[test]
fn error_values_are_small_plain_data() {
    fn assert_traits<T: Copy + Send + Sync + Eq + core::hash::Hash + std::error::Error>() {}
    assert_traits::<twilio_fqdn::ParseError>();
    assert_traits::<twilio_fqdn::BufferTooSmall>();
    assert_traits::<twilio_fqdn::UnknownLabel>();
}
