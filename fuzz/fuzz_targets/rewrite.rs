//! Arbitrary URL and target, compatible and strict: never panics; when the
//! input is a URL the `url` crate accepts, so is the output, and the bytes
//! around the host (scheme, userinfo, port, path, query, fragment) are
//! unchanged; rewriting the output again changes nothing; a strict rewrite
//! never produces a Twilio host whose verdict is fail.
#![no_main]

use libfuzzer_sys::fuzz_target;
use twilio_fqdn::{Edge, Hostname, HttpUrl, Region, StrictTarget, Target};

/// `url 0xff edge 0xff region 0xff [strict edge] [strict region]`: 0xff is
/// never part of a `str`, so seeds are written by hand. A missing edge or
/// region is "not set"; a missing strict byte is `None`.
#[derive(Debug)]
struct Input<'a> {
    url: &'a str,
    edge: Option<&'a str>,
    region: Option<&'a str>,
    strict_edge: Option<u8>,
    strict_region: Option<u8>,
}

impl<'a> Input<'a> {
    fn split(data: &'a [u8]) -> Option<Self> {
        let mut fields = data.splitn(4, |&b| b == 0xff);
        let mut text = || fields.next().map(core::str::from_utf8).transpose();
        let url = text().ok()??;
        let edge = text().ok()?;
        let region = text().ok()?;
        let strict = fields.next().unwrap_or_default();
        Some(Input {
            url,
            edge,
            region,
            strict_edge: strict.first().copied(),
            strict_region: strict.get(1).copied(),
        })
    }
}

fn pick<T: Copy>(all: &[T], i: u8) -> T {
    all[usize::from(i) % all.len()]
}

/// The properties every rewrite of `input` into `output` keeps.
fn check_output(input: &str, output: &str, again: Option<&str>) {
    assert_eq!(again, Some(output), "rewriting {output:?} again changed it");
    if let (Ok(before), Ok(after)) = (HttpUrl::parse(input), HttpUrl::parse(output)) {
        assert_eq!(
            before.before_host(),
            after.before_host(),
            "{input:?} -> {output:?}"
        );
        assert_eq!(
            before.after_host(),
            after.after_host(),
            "{input:?} -> {output:?}"
        );
    }
    if let Ok(parsed) = url::Url::parse(input) {
        let out = url::Url::parse(output)
            .unwrap_or_else(|e| panic!("{input:?} -> {output:?}, which url rejects: {e}"));
        assert_eq!(parsed.path(), out.path());
        assert_eq!(parsed.query(), out.query());
        assert_eq!(parsed.port_or_known_default(), out.port_or_known_default());
        if let (Ok(h), Some(theirs)) = (Hostname::from_url(output), out.host_str()) {
            let theirs = theirs.strip_suffix('.').unwrap_or(theirs);
            assert!(
                theirs.eq_ignore_ascii_case(&h.to_string()),
                "{output:?}: url finds {theirs}"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some(input) = Input::split(data) else {
        return;
    };
    let mut buf = [0u8; 4096];
    let mut again = [0u8; 4096];

    if let Ok(target) = Target::new(input.edge, input.region) {
        if let Ok(output) = target.rewrite_into(input.url, &mut buf) {
            let second = target.rewrite_into(output, &mut again).ok();
            check_output(input.url, output, second);
        }
    }

    let strict = StrictTarget::new(
        input.strict_edge.map(|i| pick(Edge::ALL, i)),
        input.strict_region.map(|i| pick(Region::ALL, i)),
    );
    let host = strict.host_for(input.url);
    if let Ok(output) = strict.rewrite_into(input.url, &mut buf) {
        let second = strict.rewrite_into(output, &mut again).ok();
        check_output(input.url, output, second);
        if let Ok(h) = Hostname::from_url(output) {
            assert!(
                !h.verdict().is_fail(),
                "strict produced {h}: {}",
                h.verdict()
            );
            assert_eq!(
                host.ok().flatten(),
                Some(h),
                "host_for disagrees on {:?}",
                input.url
            );
        }
    }
});
