//! The `url` crate (WHATWG) finds and normalises the host; string matching
//! classifies it. The buffer that turns a bare host into a URL is reused, so
//! the only allocation per call is the one `Url` itself makes.

use twilio_fqdn::Hostname;
use url::Url;

/// Parses hosts and URLs with `url::Url`.
pub struct UrlParser {
    buf: String,
}

impl UrlParser {
    /// A parser with room for any bench input.
    pub fn new() -> Self {
        UrlParser {
            buf: String::with_capacity(1024),
        }
    }

    /// A bare hostname: `https://{input}/` through `Url::parse`, accepted
    /// only when the URL's host is the whole input (no port, path, userinfo
    /// or percent-decoding slipped in).
    pub fn parse_host(&mut self, input: &str) -> Option<Hostname> {
        self.buf.clear();
        self.buf.push_str("https://");
        self.buf.push_str(input);
        self.buf.push('/');
        let url = Url::parse(&self.buf).ok()?;
        let host = url.domain()?;
        if !host.eq_ignore_ascii_case(input) {
            return None;
        }
        classify(host)
    }

    /// The host of an `http`/`https` URL.
    pub fn from_url(input: &str) -> Option<Hostname> {
        let url = Url::parse(input).ok()?;
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        classify(url.domain()?)
    }
}

/// A host as `url` returns it: lowercase, maybe with a trailing dot.
fn classify(host: &str) -> Option<Hostname> {
    let host = host.strip_suffix('.').unwrap_or(host);
    let front = host.strip_suffix(".twilio.com")?;
    super::from_front_labels(front.split('.'))
}

/// What a user of `url` writes to send a request through an edge and a
/// region, as the helper libraries do: split the host on `.`, keep the
/// product and the domain (last two labels), splice in the edge and region,
/// `set_host`. `host` is a reused buffer for the new host.
pub fn rewrite(url: &str, edge: &str, region: &str, host: &mut String) -> Option<String> {
    let mut parsed = Url::parse(url).ok()?;
    let old = parsed.host_str()?;
    let old = old.strip_suffix('.').unwrap_or(old);
    let product = old.split('.').next()?;
    let mut from_end = old.rsplit('.');
    let (com, twilio) = (from_end.next()?, from_end.next()?);
    host.clear();
    for label in [product, edge, region, twilio, com] {
        if !host.is_empty() {
            host.push('.');
        }
        host.push_str(label);
    }
    parsed.set_host(Some(host)).ok()?;
    Some(parsed.into())
}
