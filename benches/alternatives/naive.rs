//! The parser a Rust user would write by hand: `str::split('.')`, one `match`
//! per label table, and the same validation as the crate (RFC 1035/1123
//! syntax, one trailing dot, ASCII case-insensitive). It answers only "which
//! host, or none" — no error positions — and is the oracle the benches and
//! the `parse` fuzz target compare the crate with.
//!
//! Shared by `benches/` and `fuzz/` through `#[path]`, so it depends on the
//! crate's public types and `core` only.

use twilio_fqdn::{Edge, Hostname, Product, Region};

/// The host `input` names, or `None` wherever [`Hostname::parse`] errs.
pub fn parse(input: &str) -> Option<Hostname> {
    let name = input.strip_suffix('.').unwrap_or(input);
    if name.is_empty() || name.len() > 253 {
        return None;
    }
    // preview.messaging.{edge}.{region}.twilio.com is the most a host holds.
    let mut labels = [""; 6];
    let mut count = 0;
    for label in name.split('.') {
        if !is_dns_label(label) || count == labels.len() {
            return None;
        }
        labels[count] = label;
        count += 1;
    }
    let labels = &labels[..count];
    let [front @ .., twilio, com] = labels else {
        return None;
    };
    if front.is_empty()
        || !twilio.eq_ignore_ascii_case("twilio")
        || !com.eq_ignore_ascii_case("com")
    {
        return None;
    }
    let (product, rest) = match front {
        [first, second, rest @ ..]
            if first.eq_ignore_ascii_case("preview")
                && second.eq_ignore_ascii_case("messaging") =>
        {
            (Product::PreviewMessaging, rest)
        }
        [first, rest @ ..] => (product(first)?, rest),
        [] => return None,
    };
    match rest {
        [] => Some(Hostname::legacy(product)),
        [one] => match region(one) {
            Some(region) => Some(Hostname::region_only(product, region)),
            None => Some(Hostname::edge_only(product, edge(one)?)),
        },
        [e, r] => Some(Hostname::regional(product, edge(e)?, region(r)?)),
        _ => None,
    }
}

/// 1..=63 bytes of `[A-Za-z0-9-]`, not starting or ending with `-`.
fn is_dns_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 63
        && bytes[0] != b'-'
        && bytes[bytes.len() - 1] != b'-'
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

/// The label in lowercase, in `buf`; `None` when it is longer than any
/// table label (so it cannot match one).
fn lowercase<'b>(label: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let out = buf.get_mut(..label.len())?;
    out.copy_from_slice(label.as_bytes());
    out.make_ascii_lowercase();
    core::str::from_utf8(out).ok()
}

/// The product of one label (not `preview.messaging`, which is two).
pub fn product(label: &str) -> Option<Product> {
    let mut buf = [0; 16];
    Some(match lowercase(label, &mut buf)? {
        "accounts" => Product::Accounts,
        "api" => Product::Api,
        "assistants" => Product::Assistants,
        "bulkexports" => Product::Bulkexports,
        "chat" => Product::Chat,
        "content" => Product::Content,
        "conversations" => Product::Conversations,
        "events" => Product::Events,
        "flex-api" => Product::FlexApi,
        "frontline-api" => Product::FrontlineApi,
        "iam" => Product::Iam,
        "preview-iam" => Product::PreviewIam,
        "insights" => Product::Insights,
        "intelligence" => Product::Intelligence,
        "ip-messaging" => Product::IpMessaging,
        "knowledge" => Product::Knowledge,
        "lookups" => Product::Lookups,
        "marketplace" => Product::Marketplace,
        "memory" => Product::Memory,
        "messaging" => Product::Messaging,
        "monitor" => Product::Monitor,
        "notify" => Product::Notify,
        "numbers" => Product::Numbers,
        "oauth" => Product::Oauth,
        "preview" => Product::Preview,
        "pricing" => Product::Pricing,
        "proxy" => Product::Proxy,
        "routes" => Product::Routes,
        "serverless" => Product::Serverless,
        "studio" => Product::Studio,
        "supersim" => Product::Supersim,
        "sync" => Product::Sync,
        "taskrouter" => Product::Taskrouter,
        "trunking" => Product::Trunking,
        "trusthub" => Product::Trusthub,
        "verify" => Product::Verify,
        "video" => Product::Video,
        "voice" => Product::Voice,
        "wireless" => Product::Wireless,
        "autopilot" => Product::Autopilot,
        "fax" => Product::Fax,
        "media" => Product::Media,
        "microvisor" => Product::Microvisor,
        "preview-verify" => Product::PreviewVerify,
        "authy" => Product::Authy,
        _ => return None,
    })
}

/// The edge of one label.
pub fn edge(label: &str) -> Option<Edge> {
    let mut buf = [0; 16];
    Some(match lowercase(label, &mut buf)? {
        "ashburn" => Edge::Ashburn,
        "umatilla" => Edge::Umatilla,
        "dublin" => Edge::Dublin,
        "frankfurt" => Edge::Frankfurt,
        "sao-paulo" => Edge::SaoPaulo,
        "singapore" => Edge::Singapore,
        "tokyo" => Edge::Tokyo,
        "sydney" => Edge::Sydney,
        "roaming" => Edge::Roaming,
        "ashburn-ix" => Edge::AshburnIx,
        "san-jose-ix" => Edge::SanJoseIx,
        "sao-paulo-ix" => Edge::SaoPauloIx,
        "london-ix" => Edge::LondonIx,
        "frankfurt-ix" => Edge::FrankfurtIx,
        "singapore-ix" => Edge::SingaporeIx,
        "tokyo-ix" => Edge::TokyoIx,
        "sydney-ix" => Edge::SydneyIx,
        _ => return None,
    })
}

/// The region code of one label.
pub fn region(label: &str) -> Option<Region> {
    let mut buf = [0; 16];
    Some(match lowercase(label, &mut buf)? {
        "us1" => Region::Us1,
        "ie1" => Region::Ie1,
        "au1" => Region::Au1,
        "jp1" => Region::Jp1,
        "us2" => Region::Us2,
        "de1" => Region::De1,
        "br1" => Region::Br1,
        "sg1" => Region::Sg1,
        "gll" => Region::Gll,
        _ => return None,
    })
}
