//! The availability table against `tests/data/availability.tsv`: the
//! compiled rows equal the file's, and every row — plus paths just inside
//! and just outside it — is answered as a plain reading of the file's
//! matching rules says.

use twilio_fqdn::{
    AtHost, Availability, Edge, Hostname, Level, LookupError, PathErrorKind, Product, Region, ROWS,
};

const TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/availability.tsv"
));

/// One line of the tsv, with its line number for messages.
struct TsvRow {
    line: usize,
    product: Product,
    path: &'static str,
    levels: [Level; 3],
    note: &'static str,
    source: &'static str,
}

fn tsv_rows() -> Vec<TsvRow> {
    let mut rows = Vec::new();
    for (i, line) in TSV.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 7, "line {}: {line}", i + 1);
        let level = |s: &str| {
            Level::from_bytes(s.as_bytes()).unwrap_or_else(|| panic!("line {}: {s}", i + 1))
        };
        rows.push(TsvRow {
            line: i + 1,
            product: cols[0]
                .parse()
                .unwrap_or_else(|_| panic!("line {}: {}", i + 1, cols[0])),
            path: cols[1],
            levels: [level(cols[2]), level(cols[3]), level(cols[4])],
            note: cols[5],
            source: cols[6],
        });
    }
    rows
}

/// The file's rule, read naively: split both on `/`, drop `.json` from the
/// path's segments, the longest row that is a prefix wins, no row → us1.
fn reference(rows: &[TsvRow], product: Product, path: &str) -> [Level; 3] {
    let path = path.split(['?', '#']).next().unwrap();
    let segs: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.strip_suffix(".json")
                .filter(|stem| !stem.is_empty())
                .unwrap_or(s)
        })
        .collect();
    let mut best: Option<(usize, [Level; 3])> = None;
    for row in rows.iter().filter(|r| r.product == product) {
        let pattern: Vec<&str> = if row.path == "*" {
            vec![]
        } else {
            row.path.split('/').skip(1).collect()
        };
        let matches = pattern.len() <= segs.len()
            && pattern
                .iter()
                .zip(&segs)
                .all(|(p, s)| *p == "{sid}" || p == s);
        if matches && best.is_none_or(|(len, _)| pattern.len() > len) {
            best = Some((pattern.len(), row.levels));
        }
    }
    best.map_or([Level::Ga, Level::No, Level::No], |(_, levels)| levels)
}

fn levels(a: &Availability) -> [Level; 3] {
    Region::PROCESSING.map(|r| a.level(r))
}

const SID: &str = "AC0123456789abcdef0123456789abcdef";

/// A concrete path for a pattern: `{sid}` filled in, `*` as `/`.
fn concrete(pattern: &str) -> String {
    if pattern == "*" {
        "/".to_string()
    } else {
        pattern.replace("{sid}", SID)
    }
}

#[test]
fn compiled_table_is_the_file() {
    let rows = tsv_rows();
    assert_eq!(ROWS.len(), rows.len(), "row count");
    for (compiled, row) in ROWS.iter().zip(&rows) {
        let at = format!("line {}", row.line);
        assert_eq!(compiled.product(), row.product, "{at}");
        assert_eq!(compiled.path(), row.path, "{at}");
        assert_eq!(
            Region::PROCESSING.map(|r| compiled.level(r)),
            row.levels,
            "{at}"
        );
        assert_eq!(compiled.note(), row.note, "{at}");
        assert_eq!(compiled.source(), row.source, "{at}");
        assert_eq!(compiled.level(Region::De1), Level::No, "{at}");
    }
}

#[test]
fn every_row_answers_its_own_path_in_every_region() {
    let rows = tsv_rows();
    for row in &rows {
        let path = concrete(row.path);
        let found = Availability::lookup(row.product, &path)
            .unwrap_or_else(|e| panic!("line {}: {path}: {e}", row.line));
        assert_eq!(levels(&found), row.levels, "line {}: {path}", row.line);
        assert_eq!(found.pattern(), Some(row.path), "line {}", row.line);
        assert_eq!(found.note(), row.note, "line {}", row.line);
        for (region, level) in found.levels() {
            assert_eq!(found.level(region), level);
        }
    }
}

/// Variants of each row's path: the row itself in other spellings, one
/// segment deeper, and paths that differ in the last byte or in case.
fn variants(pattern: &str) -> Vec<String> {
    let base = concrete(pattern);
    let mut out = vec![
        base.clone(),
        format!("{base}?PageSize=20#top"),
        format!("{}/XX0123", base.trim_end_matches('/')),
        format!("{}/Child/Grandchild.json", base.trim_end_matches('/')),
    ];
    if pattern != "*" {
        out.push(format!("{base}X"));
        out.push(format!("{base}/"));
        out.push(format!("{base}.json"));
        out.push(format!("{base}.JSON"));
        out.push(format!("{base}.jsonx"));
        out.push(base.to_lowercase());
        out.push(base.to_uppercase());
        out.push(base[..base.len() - 1].to_string());
        // Only part of the prefix.
        out.push(base.rsplit_once('/').unwrap().0.to_string());
    }
    if pattern.contains("{sid}") {
        // `.json` on a `{sid}` segment, and the 2010 API's usual spelling.
        out.push(
            pattern
                .replacen("{sid}", &format!("{SID}.json"), 1)
                .replace("{sid}", SID),
        );
        out.push(format!("{base}.json?To=%2B1"));
    }
    out
}

#[test]
fn paths_just_inside_and_just_outside_each_row() {
    let rows = tsv_rows();
    let mut checked = 0;
    for row in &rows {
        for path in variants(row.path) {
            let at = format!("line {}: {path}", row.line);
            let found =
                Availability::lookup(row.product, &path).unwrap_or_else(|e| panic!("{at}: {e}"));
            assert_eq!(levels(&found), reference(&rows, row.product, &path), "{at}");
            checked += 1;
        }
    }
    assert!(checked >= rows.len() * 4, "{checked}");
}

#[test]
fn every_product_and_region_against_the_reference() {
    let rows = tsv_rows();
    let paths = [
        "/",
        "/v1",
        "/v2/PhoneNumbers/+14155550100",
        "/v1/Credentials",
        "/2010-04-01/Accounts.json",
    ];
    for &product in Product::ALL.iter().filter(|p| !p.is_retired()) {
        for path in paths {
            let found = Availability::lookup(product, path).unwrap();
            assert_eq!(
                levels(&found),
                reference(&rows, product, path),
                "{product} {path}"
            );
        }
    }
}

#[test]
fn push_credentials_prefix_edges() {
    use Level::*;
    let cases: &[(&str, [Level; 3], Option<&str>)] = &[
        ("/v1/Credentials", [Ga, No, No], Some("/v1/Credentials")),
        (
            "/v1/Credentials/CRxx",
            [Ga, No, No],
            Some("/v1/Credentials"),
        ),
        (
            "/v1/Credentials.json",
            [Ga, No, No],
            Some("/v1/Credentials"),
        ),
        ("/v1/Credentials/", [Ga, No, No], Some("/v1/Credentials")),
        ("/v1/Credentials?x=1", [Ga, No, No], Some("/v1/Credentials")),
        ("/v1/CredentialsX", [Ga, No, No], None),
        ("/v1/credentials", [Ga, No, No], None),
        ("/v1", [Ga, No, No], None),
        ("/v2/Credentials", [Ga, No, No], None),
    ];
    for &(path, expected, pattern) in cases {
        let found = Availability::lookup(Product::Notify, path).unwrap();
        assert_eq!(
            (levels(&found), found.pattern()),
            (expected, pattern),
            "{path}"
        );
    }
    // Same levels either way for notify, so tell rows apart by their note.
    let row = Availability::lookup(Product::Notify, "/v1/Credentials").unwrap();
    let not = Availability::lookup(Product::Notify, "/v1/CredentialsX").unwrap();
    assert!(row.note().starts_with("Push Credentials"));
    assert_eq!(not.note(), "no row in the availability table: us1 only");
}

#[test]
fn api_2010_json_forms() {
    use Level::*;
    let a = SID;
    let cases: &[(&str, [Level; 3], &str)] = &[
        ("/2010-04-01/Accounts.json", [Ga, Ga, Ga], "*"),
        ("/2010-04-01/Accounts/{a}.json", [Ga, Ga, Ga], "*"),
        (
            "/2010-04-01/Accounts/{a}/Messages.json",
            [Ga, Ga, No],
            "/2010-04-01/Accounts/{sid}/Messages",
        ),
        (
            "/2010-04-01/Accounts/{a}/Messages/SM01.json",
            [Ga, Ga, No],
            "/2010-04-01/Accounts/{sid}/Messages",
        ),
        (
            "/2010-04-01/Accounts/{a}/Messages/SM01/Media.json",
            [Ga, Ga, No],
            "/2010-04-01/Accounts/{sid}/Messages",
        ),
        ("/2010-04-01/Accounts/{a}/MessagesX.json", [Ga, Ga, Ga], "*"),
        ("/2010-04-01/Accounts/{a}/messages.json", [Ga, Ga, Ga], "*"),
        (
            "/2010-04-01/Accounts/{a}/OutgoingCallerIds.json",
            [Ga, No, No],
            "/2010-04-01/Accounts/{sid}/OutgoingCallerIds",
        ),
        (
            "/2010-04-01/Accounts/{a}/Calls/CA01.json",
            [Ga, Ga, Ga],
            "*",
        ),
        (
            "/2010-04-01/Accounts/{a}/Calls/CA01/UserDefinedMessages.json",
            [Ga, Ga, No],
            "/2010-04-01/Accounts/{sid}/Calls/{sid}/UserDefinedMessages",
        ),
        (
            "/2010-04-01/Accounts/{a}/Calls/CA01/UserDefinedMessageSubscriptions/UF01.json",
            [Ga, Ga, No],
            "/2010-04-01/Accounts/{sid}/Calls/{sid}/UserDefinedMessageSubscriptions",
        ),
        (
            "/2010-04-01/Accounts/{a}/Calls/UserDefinedMessages.json",
            [Ga, Ga, Ga],
            "*",
        ),
    ];
    for &(path, expected, pattern) in cases {
        let path = path.replace("{a}", a);
        let found = Availability::lookup(Product::Api, &path).unwrap();
        assert_eq!(
            (levels(&found), found.pattern()),
            (expected, Some(pattern)),
            "{path}"
        );
    }
}

#[test]
fn products_without_rows_are_us1_only_and_retired_ones_nowhere() {
    let video = Availability::lookup(Product::Video, "/v1/Rooms").unwrap();
    assert_eq!(levels(&video), [Level::Ga, Level::No, Level::No]);
    assert_eq!(video.row().map(|r| r.path()), None);
    let autopilot = Availability::lookup(Product::Autopilot, "/v1/Assistants").unwrap();
    assert_eq!(levels(&autopilot), [Level::No; 3]);
    assert_eq!(autopilot.first_available_region(), None);
    assert!(autopilot.note().contains("retired"));
}

#[test]
fn paths_not_in_normal_form_are_errors() {
    let cases: &[(&str, usize, PathErrorKind)] = &[
        ("v1/Credentials", 0, PathErrorKind::NotAbsolute),
        ("/v1//Credentials", 4, PathErrorKind::EmptySegment),
        ("//v1/Credentials", 1, PathErrorKind::EmptySegment),
        ("/v1/./Credentials", 4, PathErrorKind::DotSegment),
        ("/v1/Services/../Credentials", 13, PathErrorKind::DotSegment),
        ("/v1/Credentials/..", 16, PathErrorKind::DotSegment),
        ("/v1/Credentials/.", 16, PathErrorKind::DotSegment),
        ("/v1/%43redentials", 4, PathErrorKind::PercentEncoded),
        ("/v1/Credentials%2F", 15, PathErrorKind::PercentEncoded),
        ("/v1\\Credentials", 3, PathErrorKind::Backslash),
        ("/v1/Crédentials", 6, PathErrorKind::InvalidByte(0xc3)),
        ("/v1/Cred entials", 8, PathErrorKind::InvalidByte(b' ')),
        ("/v1/{sid}", 4, PathErrorKind::InvalidByte(b'{')),
        ("/v1/a\"b", 5, PathErrorKind::InvalidByte(b'"')),
    ];
    for &(path, index, kind) in cases {
        let err = Availability::lookup(Product::Notify, path).unwrap_err();
        assert_eq!((err.index(), err.kind()), (index, kind), "{path}");
    }
    // What follows `?` or `#` is not the path.
    assert!(Availability::lookup(Product::Notify, "/v1/Credentials?a=%2F..//").is_ok());
    assert!(Availability::lookup(Product::Notify, "/v1#/../x").is_ok());
    // Dots inside a segment are fine.
    assert!(Availability::lookup(Product::Notify, "/v1/...").is_ok());
    assert!(Availability::lookup(Product::Notify, "/v1/a..b").is_ok());
}

#[test]
fn url_errors_point_into_the_url() {
    let err = Availability::lookup_url("https://notify.twilio.com/v1/../Credentials").unwrap_err();
    let LookupError::Path(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!((e.index(), e.kind()), (29, PathErrorKind::DotSegment));
    assert_eq!(
        err.to_string(),
        "path not in normal form: '.' or '..' segment at byte 29"
    );
    // After a port, and with a query that holds what a path may not.
    let err = Availability::lookup_url("https://notify.twilio.com:443/v1//Credentials?a=%2F")
        .unwrap_err();
    let LookupError::Path(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!((e.index(), e.kind()), (33, PathErrorKind::EmptySegment));
    let (_, push) =
        Availability::lookup_url("https://notify.twilio.com:8443/v1/Credentials?a=%2F..#/x")
            .unwrap();
    assert_eq!(push.pattern(), Some("/v1/Credentials"));
    let (_, root) =
        Availability::lookup_url("https://notify.twilio.com:443?x=/v1/Credentials").unwrap();
    assert_eq!(root.pattern(), None);
    let err = Availability::lookup_url("https://notify.twilio.co/v1").unwrap_err();
    assert!(matches!(err, LookupError::Host(_)), "{err:?}");
    // A backslash right after the host: WHATWG reads it as `/`, we refuse.
    let err = Availability::lookup_url("https://notify.twilio.com\\v1/Credentials").unwrap_err();
    let LookupError::Path(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!((e.index(), e.kind()), (25, PathErrorKind::NotAbsolute));
}

fn at(url: &str) -> AtHost {
    let (host, availability) =
        Availability::lookup_url(url).unwrap_or_else(|e| panic!("{url}: {e}"));
    availability.at(host)
}

#[test]
fn verdict_at_a_concrete_host() {
    let h = |s: &str| Hostname::parse(s).unwrap();
    let cases: &[(&str, AtHost, &str)] = &[
        (
            "https://notify.dublin.ie1.twilio.com/v1/Credentials",
            AtHost::NotInRegion { region: Region::Ie1, instead: Some((Region::Us1, h("notify.twilio.com"))) },
            "not available in ie1; available in us1 at notify.twilio.com",
        ),
        (
            "https://notify.twilio.com/v1/Credentials",
            AtHost::Available { region: Region::Us1, level: Level::Ga },
            "available in us1 (ga)",
        ),
        (
            "https://messaging.dublin.ie1.twilio.com/v1/Services",
            AtHost::Available { region: Region::Ie1, level: Level::Beta },
            "available in ie1 (beta)",
        ),
        (
            "https://messaging.london-ix.ie1.twilio.com/v1/Services",
            AtHost::Available { region: Region::Ie1, level: Level::Beta },
            "available in ie1 (beta)",
        ),
        (
            "https://messaging.frankfurt.ie1.twilio.com/v1/Services",
            AtHost::EdgeRequired { region: Region::Ie1, edge: Edge::Dublin, instead: h("messaging.dublin.ie1.twilio.com") },
            "available in ie1 only through edge dublin; use messaging.dublin.ie1.twilio.com",
        ),
        (
            "https://messaging.sydney.au1.twilio.com/v1/Services",
            AtHost::NotInRegion { region: Region::Au1, instead: Some((Region::Us1, h("messaging.twilio.com"))) },
            "not available in au1; available in us1 at messaging.twilio.com",
        ),
        (
            "https://api.sydney.au1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json",
            AtHost::NotInRegion { region: Region::Au1, instead: Some((Region::Us1, h("api.twilio.com"))) },
            "not available in au1; available in us1 at api.twilio.com",
        ),
        (
            "https://api.tokyo.au1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json",
            AtHost::EdgeRequired { region: Region::Au1, edge: Edge::Sydney, instead: h("api.sydney.au1.twilio.com") },
            "available in au1 only through edge sydney; use api.sydney.au1.twilio.com",
        ),
        (
            "https://voice.frankfurt.us1.twilio.com/v1/Calls",
            AtHost::Available { region: Region::Us1, level: Level::Ga },
            "available in us1 (ga)",
        ),
        (
            "https://api.ie1.twilio.com/2010-04-01/Accounts",
            AtHost::Unusable(h("api.ie1.twilio.com").verdict()),
            "fail: region-only host for ie1 was retired on 2026-04-28 (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com",
        ),
        (
            "https://api.tokyo.jp1.twilio.com/",
            AtHost::Unusable(h("api.tokyo.jp1.twilio.com").verdict()),
            "warn: jp1 is listed as a region only by the Twilio CLI docs; the current docs process data in us1, ie1 and au1 only; use api.tokyo.us1.twilio.com",
        ),
    ];
    for (url, expected, text) in cases {
        let got = at(url);
        assert_eq!(got, *expected, "{url}");
        assert_eq!(got.to_string(), *text, "{url}");
        assert_eq!(
            got.is_available(),
            matches!(expected, AtHost::Available { .. })
        );
    }
}

#[test]
fn best_level_of_a_bare_host() {
    use Level::*;
    let cases = [
        (Product::Lookups, [Ga, Ga, No]),
        (Product::Notify, [Ga, No, No]),
        (Product::Messaging, [Ga, Beta, No]),
        (Product::Api, [Ga, Ga, Ga]),
        (Product::Video, [Ga, No, No]),
        (Product::Fax, [No, No, No]),
    ];
    for (product, expected) in cases {
        let got = Region::PROCESSING.map(|r| Availability::best_level(product, r));
        assert_eq!(got, expected, "{product}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Segments users write: table literals, near misses, SIDs with and
    /// without `.json`, and what normal form forbids.
    const VOCABULARY: &[&str] = &[
        "2010-04-01",
        "Accounts",
        "Accounts.json",
        SID,
        "AC01.json",
        "Messages",
        "Messages.json",
        "messages",
        "OutgoingCallerIds",
        "Calls",
        "CA01",
        "UserDefinedMessages",
        "UserDefinedMessageSubscriptions",
        "v1",
        "v2",
        "Credentials",
        "CredentialsX",
        "Trunks",
        "PhoneNumbers",
        "+14155550100",
        ".json",
        "a..b",
        "...",
        "",
        ".",
        "..",
        "%2e",
        "a\\b",
        "ü",
        "a b",
        "{sid}",
    ];

    fn is_normal(segments: &[&str]) -> bool {
        let last = segments.len().saturating_sub(1);
        segments.iter().enumerate().all(|(i, s)| {
            !(matches!(*s, "." | "..") || (s.is_empty() && i != last))
                && s.bytes()
                    .all(|b| b.is_ascii_graphic() && !b"%\\{}\"<>^`|[]".contains(&b))
        })
    }

    proptest! {
        #[test]
        fn lookup_is_the_reference_or_a_normal_form_error(
            product in proptest::sample::select(&[Product::Api, Product::Notify, Product::Trunking, Product::Lookups, Product::Video][..]),
            segments in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..8),
            tail in proptest::sample::select(&["", "?x=/../%", "#/..//"][..]),
        ) {
            let path = format!("/{}{tail}", segments.join("/"));
            let rows = tsv_rows();
            match Availability::lookup(product, &path) {
                Ok(found) => {
                    prop_assert!(is_normal(&segments), "{path} accepted");
                    prop_assert_eq!(levels(&found), reference(&rows, product, &path), "{}", path);
                }
                Err(e) => {
                    prop_assert!(!is_normal(&segments), "{path} refused: {e}");
                    prop_assert!(e.index() < path.len(), "{path}: {e}");
                }
            }
        }

        #[test]
        fn any_input_gets_an_answer_not_a_panic(input in ".{0,80}", path in "[ -~]{0,40}") {
            let policy = twilio_fqdn::Policy::new(twilio_fqdn::RegionSet::PROCESSING);
            let _ = twilio_fqdn::check(&input, &policy).to_string();
            let url = format!("https://api.dublin.ie1.twilio.com{path}");
            let _ = twilio_fqdn::check(&url, &policy).to_string();
            let _ = Availability::lookup_url(&url).map(|(h, a)| a.at(h).to_string());
            let _ = Availability::lookup(Product::Api, &input);
        }
    }
}
